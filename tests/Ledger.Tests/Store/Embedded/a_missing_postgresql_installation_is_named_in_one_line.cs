using Ledger.Store.Embedded;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Embedded;

public sealed class a_missing_postgresql_installation_is_named_in_one_line : IDisposable
{
    private readonly string emptyBin = PostgresScratch.Folder();
    private readonly string data = Path.Combine(Path.GetTempPath(), $"ledger-pg-never-{Guid.NewGuid():N}");

    [Fact]
    public async Task with_the_command_that_installs_it_and_nothing_created()
    {
        var options = PostgresScratch.Options(data) with { BinDirectory = emptyBin };

        var error = await Assert.ThrowsAsync<PostgresNotInstalledException>(
            () => EmbeddedPostgres.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Equal("PostgreSQL is not installed; install it with: apt-get install -y postgresql", error.Message);
        Assert.False(Directory.Exists(data));
    }

    public void Dispose() => Directory.Delete(emptyBin);
}
