using System.Diagnostics;
using Ledger.Store.Embedded;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Embedded;

public sealed class a_server_already_running_on_the_data_folder : IDisposable
{
    private readonly string folder = PostgresScratch.Folder();

    [Fact]
    public async Task is_shared_while_its_owner_lives_and_left_to_that_owner()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var owner = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder, keepData: true), ct);

        await using (var second = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder, keepData: true), ct))
        {
            Assert.False(second.Owned);
            Assert.Equal(owner.Port, second.Port);
        }

        Assert.Equal(1, await PostgresScratch.ScalarAsync<int>(owner.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task is_stopped_and_started_afresh_when_its_owner_has_died()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var abandoned = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder, keepData: true), ct);
        var abandonedStart = await PostgresScratch.ScalarAsync<DateTime>(abandoned.ConnectionString, "SELECT pg_postmaster_start_time()");
        await File.WriteAllTextAsync(Path.Combine(folder, "ledger.owner"), (await DeadPidAsync()).ToString(), ct);

        await using var fresh = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder, keepData: true), ct);

        Assert.True(fresh.Owned);
        Assert.NotEqual(abandonedStart, await PostgresScratch.ScalarAsync<DateTime>(fresh.ConnectionString, "SELECT pg_postmaster_start_time()"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<int> DeadPidAsync()
    {
        using var gone = Process.Start("true");
        await gone.WaitForExitAsync(TestContext.Current.CancellationToken);
        return gone.Id;
    }
}
