using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Projections;
using Ledger.Store;
using Ledger.Store.Embedded;

namespace Ledger.Api.Hosting;

/// <summary>
/// Starts the ledger behind the API: the database (configured, or the embedded PostgreSQL in the data
/// folder), the store, the sealer and the projections' async daemon, the last two each in one instance at a time. It starts in the background so the API answers /health/live at once
/// and /health/ready once everything runs.
/// </summary>
public sealed class LedgerRuntime(IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILoggerFactory loggers) : BackgroundService
{
    private readonly TaskCompletionSource<LedgerStore> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger logger = loggers.CreateLogger<LedgerRuntime>();

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    /// <summary>The store, once ready; null before.</summary>
    public LedgerStore? Store => IsReady ? ready.Task.Result : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dataDirectory = DataFolder.Of(configuration, environment);
        Directory.CreateDirectory(dataDirectory);
        await using var server = await LedgerDatabase.OpenAsync(
            configuration.GetConnectionString("Ledger"),
            new EmbeddedPostgresOptions { DataDirectory = Path.Combine(dataDirectory, "pgdata") },
            stoppingToken);
        var suite = CryptoSuite.Find(configuration["Ledger:Suite"] ?? "intl")
            ?? throw new InvalidOperationException($"Ledger:Suite '{configuration["Ledger:Suite"]}' is not intl or gm");
        var origin = configuration["Ledger:Origin"] ?? "ledger.localhost/dev-centre";
        await using var store = await LedgerStore.OpenAsync(new LedgerStoreOptions
        {
            ConnectionString = server.ConnectionString,
            Origin = origin,
            Suite = suite,
            SigningKeys = SigningKeys(dataDirectory, origin, suite),
            Clock = clock,
            ConfigureMarten = LedgerProjections.Configure,
        }, stoppingToken);
        var sealer = new Sealer(store, loggers.CreateLogger<Sealer>());
        // The views follow the events through Marten's async daemon, in one API instance at a time (the API does not use AddMarten).
        var projections = new ProjectionLeader(store, loggers);
        ready.SetResult(store);
        logger.LogInformation("ledger {Origin} ({Suite}) ready; database {Database}", origin, suite, server.Embedded is null ? "configured" : $"embedded on port {server.Embedded.Port}");
        await Task.WhenAll(sealer.RunAsync(stoppingToken), projections.RunAsync(stoppingToken));
    }

    /// <summary>
    /// The keys this process signs with: <c>LEDGER_SIGNING_KEY</c>, the file <c>Ledger:SigningKeyFile</c> and the
    /// files listed in <c>Ledger:SigningKeyFiles</c> (a gm log's SM2 key with an Ed25519 key for public witnesses,
    /// or the key a rotation hands over to); in Development only, when none is given, a key generated once into
    /// the data folder (mode 0600, outside the repository).
    /// </summary>
    private List<SignerKey> SigningKeys(string dataDirectory, string origin, CryptoSuite suite)
    {
        var keys = new List<SignerKey>();
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LEDGER_SIGNING_KEY")))
        {
            keys.Add(SignerKeyLoader.FromEnvironment("LEDGER_SIGNING_KEY"));
        }
        if (configuration["Ledger:SigningKeyFile"] is { } file)
        {
            keys.Add(SignerKeyLoader.FromFile(file));
        }
        keys.AddRange(configuration.GetSection("Ledger:SigningKeyFiles").GetChildren().Select(f => SignerKeyLoader.FromFile(f.Value!)));
        if (keys.Count > 0)
        {
            return keys;
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("no signing key: set LEDGER_SIGNING_KEY, Ledger:SigningKeyFile or Ledger:SigningKeyFiles (generate one with 'ledger keys generate')");
        }
        var key = DevelopmentKey.LoadOrCreate(dataDirectory, origin, suite, out var created);
        if (created)
        {
            logger.LogWarning("generated a development signing key; its verifier key is in {Path}.vkey", DevelopmentKey.PathIn(dataDirectory, suite));
        }
        return [key];
    }
}
