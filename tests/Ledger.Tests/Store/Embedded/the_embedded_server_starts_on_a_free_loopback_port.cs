using Ledger.Store.Embedded;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store.Embedded;

public sealed class the_embedded_server_starts_on_a_free_loopback_port
{
    [Fact]
    public async Task listens_on_loopback_only_and_is_gone_with_its_folder_once_disposed()
    {
        var folder = PostgresScratch.Folder();
        var server = await EmbeddedPostgres.StartAsync(PostgresScratch.Options(folder), TestContext.Current.CancellationToken);
        var connection = server.ConnectionString;

        Assert.True(server.Owned);
        Assert.Equal($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=postgres", connection);
        Assert.Equal("127.0.0.1", await PostgresScratch.ScalarAsync<string>(connection, "SELECT host(inet_server_addr())"));
        Assert.Equal("127.0.0.1", await PostgresScratch.ScalarAsync<string>(connection, "SELECT current_setting('listen_addresses')"));
        Assert.Equal("", await PostgresScratch.ScalarAsync<string>(connection, "SELECT current_setting('unix_socket_directories')"));
        Assert.Equal("off", await PostgresScratch.ScalarAsync<string>(connection, "SELECT current_setting('fsync')"));
        Assert.Equal("UTF8", await PostgresScratch.ScalarAsync<string>(connection, "SELECT current_setting('server_encoding')"));

        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => PostgresScratch.ScalarAsync<int>(connection, "SELECT 1"));
        Assert.False(Directory.Exists(folder));
    }
}
