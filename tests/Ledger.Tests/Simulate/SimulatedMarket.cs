using Ledger.Bidding;
using Ledger.Bidding.Events;
using Ledger.Cli.Simulate;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Store;
using Npgsql;

namespace Ledger.Tests.Simulate;

/// <summary>Small simulated markets for tests, a store to record them in, and what their openings recorded.</summary>
internal static class SimulatedMarket
{
    public const string Origin = "ledger.test/simulate";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Half the tenders collusive, at low subtlety: every kind is planted, in rings too, and clearly.</summary>
    public static SimulationParameters Small(string market, int seed, int tenders) =>
        new(market, seed, tenders, 60, 0.5, 0.3, SimulationParameters.DefaultStart);

    public static LedgerStoreOptions Store(string connectionString) => new()
    {
        ConnectionString = connectionString,
        Origin = Origin,
        SigningKeys = [SignerKey.Generate(Origin, CryptoSuite.Intl.Signature)],
        SealInterval = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>The bids each tender's opening recorded, by tender id.</summary>
    public static async Task<Dictionary<string, IReadOnlyList<OpenedBid>>> OpenedAsync(string connectionString, IEnumerable<string> tenderIds)
    {
        await using var store = await LedgerStore.OpenAsync(Store(connectionString), Ct);
        await using var session = store.Marten.QuerySession();
        var opened = new Dictionary<string, IReadOnlyList<OpenedBid>>(StringComparer.Ordinal);
        foreach (var id in tenderIds)
        {
            var events = await session.Events.FetchStreamAsync(BiddingStreams.TenderStream(id), token: Ct);
            opened[id] = events.Select(e => e.Data).OfType<BidsOpened>().Single().Bids;
        }
        return opened;
    }

    /// <summary>
    /// Every event of the store as stream, version, type and ledger time, in stream order. A person's trail gathers that
    /// person's reads from stories that run side by side, so its versions follow the order the reads happened to commit
    /// in: for trails only the stream, type and time are kept, and sorted.
    /// </summary>
    public static async Task<List<string>> TimelineAsync(string connectionString)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        await using var command = db.CreateCommand(
            """
            SELECT line FROM (
                SELECT stream, CASE WHEN starts_with(stream, 'trail/') THEN 0 ELSE version END AS version,
                       stream || ' ' || CASE WHEN starts_with(stream, 'trail/') THEN '' ELSE version || ' ' END || type || ' ' || (convert_from(canonical, 'UTF8')::jsonb ->> 'time') AS line
                FROM ledger.ledger_events) e
            ORDER BY stream, version, line COLLATE "C"
            """);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var timeline = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            timeline.Add(reader.GetString(0));
        }
        return timeline;
    }
}
