using Ledger.Store.Embedded;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Embedded;

public sealed class a_second_start_on_the_same_data_folder_reuses_the_cluster : IDisposable
{
    private readonly string folder = PostgresScratch.Folder();

    [Fact]
    public async Task rows_written_before_the_stop_are_there_after_the_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var first = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder, keepData: true), ct))
        {
            await PostgresScratch.ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the stop')");
        }
        Assert.True(File.Exists(Path.Combine(folder, "PG_VERSION")));

        await using var second = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder, keepData: true), ct);

        Assert.Equal("before the stop", await PostgresScratch.ScalarAsync<string>(second.ConnectionString, "SELECT note FROM kept"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
