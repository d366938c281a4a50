using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store.Embedded;

public sealed class two_databases_are_isolated(PostgresFixture postgres)
{
    [Fact]
    public async Task a_table_made_in_one_is_not_seen_in_the_other()
    {
        var tenantA = await postgres.DatabaseFor(this, "a");
        var tenantB = await postgres.DatabaseFor(this, "b");

        await PostgresScratch.ExecuteAsync(tenantA, "CREATE TABLE bids (amount numeric); INSERT INTO bids VALUES (100)");

        Assert.Equal("two_databases_are_isolated_a", new NpgsqlConnectionStringBuilder(tenantA).Database);
        Assert.Equal("two_databases_are_isolated_b", new NpgsqlConnectionStringBuilder(tenantB).Database);
        Assert.Equal(1L, await PostgresScratch.ScalarAsync<long>(tenantA, "SELECT count(*) FROM bids"));
        Assert.Null(await PostgresScratch.ScalarAsync<string?>(tenantB, "SELECT to_regclass('bids')::text"));
    }

    [Fact]
    public async Task each_test_class_gets_one_database_named_after_it()
    {
        var first = await postgres.DatabaseFor(this);
        var again = await postgres.DatabaseFor(this);

        Assert.Equal(first, again);
        Assert.Equal(nameof(two_databases_are_isolated), await PostgresScratch.ScalarAsync<string>(first, "SELECT current_database()"));
    }
}
