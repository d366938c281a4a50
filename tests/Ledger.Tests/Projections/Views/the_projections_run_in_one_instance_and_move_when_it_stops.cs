using Ledger.Access;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Projections;
using Ledger.Projections.Views.Actors;
using Ledger.Store;
using Ledger.Tests.Bidding;
using Ledger.Tests.Support;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ledger.Tests.Projections.Views;

/// <summary>
/// Two API instances over one ledger: the projections run in one of them (it holds the advisory lock, the other waits),
/// and when that one stops the other takes over and the views go on from where they were.
/// </summary>
public sealed class the_projections_run_in_one_instance_and_move_when_it_stops(PostgresFixture postgres)
{
    private const string Origin = "ledger.test/leader";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task one_leader_at_a_time()
    {
        var database = await postgres.DatabaseFor(this);
        var key = SignerKey.Generate(Origin, CryptoSuite.Intl.Signature);
        await using var first = await OpenAsync(database, key);
        await using var second = await OpenAsync(database, key);
        using var stopFirst = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var stopSecond = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var leading = new ProjectionLeader(first, NullLoggerFactory.Instance).RunAsync(stopFirst.Token);
        await UntilAsync(async () => await LocksAsync(database) == (1, 0));
        var waiting = new ProjectionLeader(second, NullLoggerFactory.Instance).RunAsync(stopSecond.Token);
        await UntilAsync(async () => await LocksAsync(database) == (1, 1));

        await ReadAsync(first, "before the handover");
        await UntilAsync(async () => await TimelineCountAsync(second) == 1);
        Assert.Equal((1, 1), await LocksAsync(database));

        await stopFirst.CancelAsync();
        await leading;
        await UntilAsync(async () => await LocksAsync(database) == (1, 0));
        await ReadAsync(second, "after the handover");
        await UntilAsync(async () => await TimelineCountAsync(second) == 2);

        await stopSecond.CancelAsync();
        await waiting;
    }

    private static async Task<LedgerStore> OpenAsync(string database, SignerKey key) =>
        await LedgerStore.OpenAsync(new LedgerStoreOptions
        {
            ConnectionString = database,
            Origin = Origin,
            SigningKeys = [key],
            ConfigureMarten = LedgerProjections.Configure,
        }, Ct);

    private static Task ReadAsync(LedgerStore store, string purpose) =>
        AccessLog.RecordAsync(store, ViewLedger.Context(Actors.Supervisor), ReadSubject.PersonTimeline("P-T01"), purpose, AccessOutcome.Granted, null, Ct);

    private static async Task<int> TimelineCountAsync(LedgerStore store)
    {
        await using var session = store.Marten.QuerySession();
        return await session.Query<ActorAction>().CountAsync(a => a.PersonId == Actors.Supervisor.PersonId, Ct);
    }

    /// <summary>Advisory locks on this database, held and waited for: only the projection leaders take any here.</summary>
    private static async Task<(long Held, long Waiting)> LocksAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE granted), count(*) FILTER (WHERE NOT granted) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException("the condition did not hold within 30 s");
    }
}
