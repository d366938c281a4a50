using System.Net.Http.Headers;
using Ledger.Actions;
using Ledger.Store.Embedded;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Ledger.Tests.Api;

/// <summary>The API hosted in-process on a test class's own database, with a clock the test moves.</summary>
internal sealed class LedgerApi : WebApplicationFactory<Ledger.Api.Hosting.LedgerRuntime>
{
    private readonly string connectionString;
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("ledger-api-");

    public LedgerApi(string connectionString, DateTimeOffset start)
    {
        this.connectionString = connectionString;
        Clock = new FakeTimeProvider(start);
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The log's development verifier key, kept beside the API's data.</summary>
    public Ledger.Evidence.Notes.VerifierKey LogKey() =>
        Ledger.Evidence.Notes.VerifierKey.TryParse(File.ReadAllText(Path.Combine(data.FullName, "dev-intl.key.vkey")).Trim(), out var key, out var error) ? key : throw new InvalidOperationException(error);

    /// <summary>The API's data folder: its development keys live here.</summary>
    public string DataDirectory => data.FullName;

    /// <summary>
    /// A client holding a development token for the person, organisation and role (a <see cref="Role"/> name). Its POSTs
    /// get a new <c>Idempotency-Key</c> each unless they carry one, or unless <paramref name="freshKeys"/> is false.
    /// </summary>
    public HttpClient As(string person, string organisation, string role, bool freshKeys = true)
    {
        var client = freshKeys ? CreateDefaultClient(new FreshIdempotencyKeys()) : CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(new Actor(person, null, organisation, Enum.Parse<Role>(role))));
        return client;
    }

    /// <summary>A token signed by the development key this API trusts, valid for an hour from the wall clock (tokens
    /// are checked against real time, not the ledger's test clock).</summary>
    public string Token(Actor actor, DateTimeOffset? issuedAt = null) =>
        DevelopmentTokens.LoadOrCreate(data.FullName).Issue(actor, issuedAt ?? DateTimeOffset.UtcNow, TimeSpan.FromHours(1));

    public async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var client = CreateClient();
        for (var i = 0; i < 600; i++)
        {
            if ((await client.GetAsync("/health/ready", ct)).IsSuccessStatusCode)
            {
                return;
            }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException("the API did not become ready within a minute");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Ledger", connectionString);
        builder.UseSetting("Ledger:DataDirectory", data.FullName);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory's DisposeAsync calls this too: delete once.
        if (disposing && Directory.Exists(data.FullName))
        {
            data.Delete(recursive: true);
        }
    }
}
