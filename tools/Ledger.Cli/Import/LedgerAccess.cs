using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Projections;
using Ledger.Store;
using Ledger.Store.Embedded;

namespace Ledger.Cli.Import;

/// <summary>
/// The ledger a tool works on, opened as the API opens it: <c>--connection</c>, else <c>LEDGER_CONNECTION</c>, else
/// the embedded server in the API's data folder (<c>--data</c>, default <c>src/Api/.ledger/pgdata</c> under the
/// current folder), shared with a running API. A tool that appends signs its promises with the log's key:
/// <c>LEDGER_SIGNING_KEY</c>, else <c>--key-file</c>, else, on the embedded store only, the development key the API
/// keeps beside the data folder (made there if the API has not made it yet).
/// </summary>
internal sealed class LedgerAccess : IAsyncDisposable
{
    /// <summary>The options that say where the store is, for every command that opens it.</summary>
    public static readonly string[] StoreOptions = ["--connection", "--data", "--schema"];

    /// <summary>The options that say how to sign, for the commands that append.</summary>
    public static readonly string[] SigningOptions = ["--origin", "--key-file", "--suite"];

    /// <summary>The API's default origin, so a tool's promises name the log the API seals.</summary>
    private const string DefaultOrigin = "ledger.localhost/dev-centre";

    private static readonly string DefaultData = Path.Combine("src", "Api", ".ledger", "pgdata");

    private readonly LedgerServer? server;

    private LedgerAccess(LedgerServer? server, LedgerStore store, string where)
    {
        this.server = server;
        Store = store;
        Where = where;
    }

    public LedgerStore Store { get; }

    /// <summary>Where the store is, for the tool's output.</summary>
    public string Where { get; }

    /// <param name="append">Whether the tool appends: it then needs the log's signing key; reading needs none.</param>
    /// <exception cref="UsageException">No store where one must exist, an unknown suite, or no usable key.</exception>
    public static async Task<LedgerAccess> OpenAsync(Options options, bool append, CancellationToken ct)
    {
        var suiteName = options.Optional("--suite") ?? "intl";
        var suite = CryptoSuite.Find(suiteName) ?? throw new UsageException($"--suite '{suiteName}' is not intl or gm");
        var origin = options.Optional("--origin") ?? DefaultOrigin;
        var connection = options.Optional("--connection");
        var configured = connection is not null || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LedgerDatabase.ConnectionVariable));
        var data = Path.GetFullPath(options.Optional("--data") ?? DefaultData);
        if (!configured && !append && !File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            // Starting the embedded server on an empty folder would create a store, not find one.
            throw new UsageException($"no store at {data}: give --connection, or --data with the API's data folder (.ledger/pgdata)");
        }
        // A reader holds no key, so the store refuses to append or seal for it.
        SignerKey[] keys = append ? [Key(options, configured, Path.GetDirectoryName(data)!, origin, suite)] : [];
        var server = connection is null
            ? await LedgerDatabase.OpenAsync(null, new EmbeddedPostgresOptions { DataDirectory = data }, ct)
            : null;
        try
        {
            var store = await LedgerStore.OpenAsync(new LedgerStoreOptions
            {
                ConnectionString = connection ?? server!.ConnectionString,
                Schema = options.Optional("--schema") ?? "ledger",
                Origin = origin,
                Suite = suite,
                SigningKeys = keys,
                ConfigureMarten = LedgerProjections.Configure,
            }, ct);
            var where = connection is not null ? "the configured database"
                : server!.Embedded is null ? LedgerDatabase.ConnectionVariable
                : $"the embedded store in {data}";
            return new LedgerAccess(server, store, where);
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private static SignerKey Key(Options options, bool configured, string folder, string origin, CryptoSuite suite)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LEDGER_SIGNING_KEY")))
            {
                return SignerKeyLoader.FromEnvironment("LEDGER_SIGNING_KEY");
            }
            if (options.Optional("--key-file") is { } file)
            {
                return SignerKeyLoader.FromFile(file);
            }
            if (configured)
            {
                throw new UsageException("no signing key for a configured database: set LEDGER_SIGNING_KEY or give --key-file");
            }
            // The same development key the API makes in its data folder, so both sign for one log.
            return DevelopmentKey.LoadOrCreate(folder, origin, suite, out _);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
