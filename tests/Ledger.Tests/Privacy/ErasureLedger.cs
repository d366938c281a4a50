using Ledger.Actions;
using Ledger.Bidding.Events;
using Ledger.Privacy;
using Ledger.Store;
using Ledger.Tests.Store;
using Npgsql;

namespace Ledger.Tests.Privacy;

/// <summary>
/// A sealed tender with personal values of three parties: the centre's operator op-001 (王操作员) who records the tender
/// naming 张三, the bidder's person p-9 (赵投标) who files org-a's bid, and org-a's deposit paid from account 6217000012345678.
/// </summary>
internal sealed class ErasureLedger(LedgerStore store, string connectionString)
{
    public static readonly EventContext Bidder = TestLedger.Context with { Actor = new Actor("p-9", "赵投标", "org-a", Role.Bidder) };

    public static readonly EventContext Court = TestLedger.Context with { Actor = new Actor("j-1", "李审判员", "court-0102", Role.Court) };

    public LedgerStore Store { get; } = store;

    public Sealer Sealer { get; } = new(store);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ErasureLedger> CreateAsync(string connectionString)
    {
        var ledger = new ErasureLedger(await TestLedger.OpenAsync(connectionString, "ledger", sealEvery: 3), connectionString);
        await ledger.Store.AppendAsync("tender/T-1", 0, new NoteRecorded("招标公告", 48_650_000m, "张三"), TestLedger.Context, Ct);
        await ledger.Store.AppendAsync("bid/T-1/org-a", 0, [
            new NoteRecorded("投标", 47_000_000m, null),
            new DepositPaid("T-1", "org-a", DepositMethod.VirtualSubAccount, 800_000m, "VA-7731", "中国银行兰州分行", "6217000012345678", true),
        ], Bidder, Ct);
        await ledger.Store.AppendAsync("bid/T-1/org-b", 0, new NoteRecorded("投标", 47_500_000m, null), TestLedger.Context with { Actor = new Actor("p-7", "钱投标", "org-b", Role.Bidder) }, Ct);
        await ledger.SealAllAsync();
        return ledger;
    }

    public Task<ErasureOutcome> OrderAsync(SubjectKind kind, string id) =>
        ErasureOrders.CarryOutAsync(Store, new ErasureOrder("（2026）甘0102民初123号", "《个人信息保护法》第四十七条第一款第（四）项", new ErasureSubject(kind, id)), Court, Ct);

    public async Task SealAllAsync()
    {
        while (await Sealer.SealNowAsync(Ct) > 0)
        {
        }
    }

    /// <summary>Every personal value held, as "stream version path value".</summary>
    public async Task<IReadOnlyList<string>> HeldAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""
            SELECT e.stream, e.version, p.path, convert_from(p.value, 'UTF8') FROM ledger.ledger_personal p
            JOIN ledger.ledger_events e ON e.event_id = p.event_id ORDER BY e.stream, e.version, p.path
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var held = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            held.Add($"{reader.GetString(0)} {reader.GetInt64(1)} {reader.GetString(2)} {reader.GetString(3)}");
        }
        return held;
    }
}
