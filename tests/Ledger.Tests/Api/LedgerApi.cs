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

    public HttpClient As(string person, string organisation, string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Ledger-Person", person);
        client.DefaultRequestHeaders.Add("X-Ledger-Organisation", organisation);
        client.DefaultRequestHeaders.Add("X-Ledger-Role", role);
        return client;
    }

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
