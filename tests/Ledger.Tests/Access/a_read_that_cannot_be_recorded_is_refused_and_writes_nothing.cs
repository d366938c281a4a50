using Ledger.Access;
using Ledger.Actions;
using Ledger.Tests.Store;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Access;

public sealed class a_read_that_cannot_be_recorded_is_refused_and_writes_nothing(PostgresFixture postgres)
{
    private static readonly Actor Supervisor = new("P-S01", null, "LZ-FGW", Role.Supervisor);

    private static readonly (ReadSubject Subject, string? Purpose, AccessOutcome Outcome, string? Reason, string Expected)[] BadReads =
    [
        (ReadSubject.TenderTrail("T-1"), "  ", AccessOutcome.Granted, null, "must state its purpose"),
        (ReadSubject.TenderTrail("T-1"), null, AccessOutcome.Granted, null, "must state its purpose"),
        (ReadSubject.TenderTrail("T-1"), new string('查', AccessLog.MaxPurposeLength + 1), AccessOutcome.Granted, null, "at most 500 characters"),
        (ReadSubject.SealedBid("T-1", "B-1"), "检查", AccessOutcome.Denied, null, "must say the rule that denied it"),
        (ReadSubject.SealedBid("T-1", "B-1"), "检查", AccessOutcome.Granted, "not yet opened", "has no refusal reason"),
        (ReadSubject.SealedBid("T-1/B-1", null), "检查", AccessOutcome.Granted, null, "must not contain '/'"),
        (new ReadSubject(ReadKind.SealedBid, null, "B-1", null), "检查", AccessOutcome.Granted, null, "must name its tender id"),
        (new ReadSubject(ReadKind.ExpertPanel, "T-1", "B-1", null), "检查", AccessOutcome.Granted, null, "has no bidder id"),
        (new ReadSubject(ReadKind.PersonTimeline, null, null, ""), "检查", AccessOutcome.Granted, null, "must be 1 to 200 characters"),
        (new ReadSubject((ReadKind)99, "T-1", null, null), "检查", AccessOutcome.Granted, null, "is not one of"),
        (ReadSubject.TenderTrail("T-1"), "检查", (AccessOutcome)7, null, "neither Granted nor Denied"),
    ];

    [Fact]
    public async Task with_the_reason_in_one_sentence()
    {
        var connection = await postgres.DatabaseFor(this);
        await using var store = await TestLedger.OpenAsync(connection, "ledger");
        var context = new EventContext(Supervisor, "corr-bad", null, new ClientInfo(null, "tests"));

        foreach (var (subject, purpose, outcome, reason, expected) in BadReads)
        {
            Assert.Contains(expected, AccessLog.Problem(Supervisor, subject, purpose, outcome, reason));
            var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
                AccessLog.RecordAsync(store, context, subject, purpose!, outcome, reason, TestContext.Current.CancellationToken));
            Assert.Contains(expected, refused.Message);
        }

        await using var db = NpgsqlDataSource.Create(connection);
        await using var count = db.CreateCommand("SELECT count(*) FROM ledger.ledger_events");
        Assert.Equal(0L, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void each_kind_built_by_its_factory_is_recordable()
    {
        ReadSubject[] subjects =
        [
            ReadSubject.TenderTrail("T-1"), ReadSubject.SealedBid("T-1", null), ReadSubject.BidPrices("T-1", "B-1"), ReadSubject.ExpertPanel("T-1"),
            ReadSubject.PersonTimeline("P-1"), ReadSubject.OrganisationTimeline("91620100MA7TENDER1"), ReadSubject.AddressRegister("A-1"),
            ReadSubject.ApprovalCase("SP-1"), ReadSubject.Warnings(null, "rule=reads.sealed-bid-before-opening"),
            ReadSubject.PersonalData(Guid.NewGuid(), "/meta/actor/personName"), ReadSubject.EvidenceExport("warning:w-1", "T-1"),
        ];

        Assert.Equal(Enum.GetValues<ReadKind>(), subjects.Select(s => s.Kind));
        Assert.All(subjects, s => Assert.Null(AccessLog.Problem(Supervisor, s, "检查", AccessOutcome.Granted, null)));
    }
}
