using System.Diagnostics;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store.Embedded;

public sealed class the_server_never_runs_as_root(PostgresFixture postgres)
{
    [Fact]
    public async Task its_processes_and_data_folder_belong_to_an_unprivileged_user()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable(PostgresFixture.ConnectionVariable) is not null, "the configured test server may be on another machine");
        await using var connection = await PostgresScratch.OpenAsync(await postgres.DatabaseFor(this));

        await using var query = new NpgsqlCommand("SELECT pg_backend_pid(), current_setting('data_directory')", connection);
        await using var row = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await row.ReadAsync(TestContext.Current.CancellationToken);
        // Read while the session is open, so that its backend process still exists.
        var uid = RealUid(row.GetInt32(0));
        var dataDirectory = row.GetString(1);

        // Sessions and CI run as root, so this proves the switch to the service user.
        Assert.NotEqual("0", uid);
        Assert.Equal(uid, await OwnerUidAsync(dataDirectory));
    }

    private static string RealUid(int pid) =>
        File.ReadLines($"/proc/{pid}/status").First(line => line.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];

    private static async Task<string> OwnerUidAsync(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%u", path]) { RedirectStandardOutput = true })!;
        var owner = await stat.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await stat.WaitForExitAsync(TestContext.Current.CancellationToken);
        return owner.Trim();
    }
}
