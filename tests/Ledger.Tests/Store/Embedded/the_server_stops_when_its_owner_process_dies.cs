using System.Diagnostics;
using Ledger.Store.Embedded;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Embedded;

public sealed class the_server_stops_when_its_owner_process_dies : IDisposable
{
    private readonly string folder = PostgresScratch.Folder();

    [Fact]
    public async Task even_when_killed_without_disposing_but_not_once_another_process_took_the_folder_over()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder, keepData: true), ct);
        var binaries = PostgresBinaries.Locate(null, folder, "postgres");
        using var formerOwner = Process.Start("sleep", "30");
        using var owner = Process.Start("sleep", "30");
        using var formerWatchdog = Ownership.StartWatchdog(binaries, folder, formerOwner.Id);
        using var watchdog = Ownership.StartWatchdog(binaries, folder, owner.Id);
        await File.WriteAllTextAsync(Path.Combine(folder, "ledger.owner"), owner.Id.ToString(), ct);

        formerOwner.Kill();
        await formerWatchdog.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.Equal(1, await PostgresScratch.ScalarAsync<int>(server.ConnectionString, "SELECT 1"));

        owner.Kill();
        await watchdog.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.False(File.Exists(Path.Combine(folder, "postmaster.pid")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
