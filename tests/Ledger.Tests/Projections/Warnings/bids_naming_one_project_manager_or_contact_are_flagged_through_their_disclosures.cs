using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using Ledger.Privacy;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Warnings;
using Ledger.Tests.Privacy;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using Marten;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class bids_naming_one_project_manager_or_contact_are_flagged_through_their_disclosures(PostgresFixture postgres)
{
    private const string Certificate = "甘162101234567";
    private const string Phone = "13809311234";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ProjectManager Manager(int n) => new($"项目经理{n}", ManagerCredential.ConstructorCertificate, $"甘16210{n:D7}");

    private static ContactPerson Contact(int n) => new($"联系人{n}", $"1390931{n:D4}");

    [Fact]
    public async Task the_same_number_spelled_two_ways_names_both_bids_and_no_document_holds_it()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this, "shared"), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(
            ("T-PM",
            [
                PlannedBid.Own("B-1", 903_000m, 1) with { Manager = new ProjectManager("张建国", ManagerCredential.ConstructorCertificate, Certificate), Contact = Contact(1) },
                PlannedBid.Own("B-2", 951_000m, 2) with { Manager = new ProjectManager("张建国", ManagerCredential.ConstructorCertificate, "甘 1621 0123 4567"), Contact = Contact(2) },
                PlannedBid.Own("B-3", 987_000m, 3) with { Manager = Manager(3), Contact = Contact(3) },
            ]),
            ("T-CON",
            [
                PlannedBid.Own("B-1", 903_000m, 1) with { Manager = Manager(11), Contact = new ContactPerson("李联系", Phone) },
                PlannedBid.Own("B-2", 951_000m, 2) with { Manager = Manager(12), Contact = Contact(12) },
                PlannedBid.Own("B-3", 987_000m, 3) with { Manager = Manager(13), Contact = new ContactPerson("李联系", "+86 138-0931-1234") },
            ]),
            ("T-NONE",
            [
                PlannedBid.Own("B-1", 903_000m, 1) with { Manager = Manager(21), Contact = Contact(21) },
                PlannedBid.Own("B-2", 951_000m, 2) with { Manager = Manager(22), Contact = Contact(22) },
                PlannedBid.Own("B-3", 987_000m, 3),
            ]));

        var warnings = await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-PM" || w.TenderId == "T-CON"), w => w.Count >= 2);
        await Warnings.TenderAsync(ledger, "T-NONE", t => t.Filings.Count == 3);

        Assert.Equal(
            [
                (SharedIdentifierDetector.SameContact.Id, "T-CON:B-1+B-3", new[] { tenders.Ids["submitted T-CON/B-1"], tenders.Ids["submitted T-CON/B-3"] }.Order().ToList()),
                (SharedIdentifierDetector.SameProjectManager.Id, "T-PM:B-1+B-2", new[] { tenders.Ids["submitted T-PM/B-1"], tenders.Ids["submitted T-PM/B-2"] }.Order().ToList()),
            ],
            warnings.Select(w => (w.Rule, w.Subject, w.Events.ToList())).OrderBy(w => w.Subject, StringComparer.Ordinal));
        Assert.Equal([0.6, 0.95], warnings.OrderBy(w => w.Subject, StringComparer.Ordinal).Select(w => Math.Round(w.Score, 6)));
        await using var session = ledger.Store.Marten.QuerySession();
        Assert.Empty(await session.Query<WarningRecord>().Where(w => w.TenderId == "T-NONE").ToListAsync(Ct));
        var documents = new List<string>();
        foreach (var id in new[] { "T-PM", "T-CON" })
        {
            documents.Add((await session.Json.FindByIdAsync<TenderInputs>(id, Ct))!);
        }
        foreach (var warning in warnings)
        {
            documents.Add((await session.Json.FindByIdAsync<WarningRecord>(warning.Id, Ct))!);
            Assert.Contains(warning.Subject.EndsWith("B-3", StringComparison.Ordinal) ? "the same contact person" : "the same project manager", warning.Explanation, StringComparison.Ordinal);
        }
        foreach (var json in documents)
        {
            foreach (var value in new[] { "162101234567", "1621 0123", "张建国", "09311234", "0931-1234", "李联系" })
            {
                Assert.DoesNotContain(value, json, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task an_erased_number_matches_nothing()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this, "erased"), BiddingClock.Entry);
        var shared = new ProjectManager("张建国", ManagerCredential.ConstructorCertificate, Certificate);
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-ERASE",
        [
            PlannedBid.Own("B-1", 903_000m, 1) with { Manager = shared, Contact = new ContactPerson("李联系", Phone) },
            PlannedBid.Own("B-2", 951_000m, 2) with { Manager = Manager(2), Contact = Contact(2) },
        ]));

        var order = new ErasureOrder("（2026）甘0102民初123号", "《个人信息保护法》第四十七条第一款第（四）项", new ErasureSubject(SubjectKind.Organisation, "B-1"));
        var outcome = await ErasureOrders.CarryOutAsync(ledger.Store, order, ErasureLedger.Court, Ct);
        Assert.True(outcome.Erased >= 4, $"erased {outcome.Erased} values of B-1");
        await tenders.AddBidAsync("T-ERASE", PlannedBid.Own("B-3", 987_000m, 3) with { Manager = shared, Contact = new ContactPerson("李联系", Phone) });

        await Warnings.TenderAsync(ledger, "T-ERASE", t => t.Filings.Count == 3);
        await using var session = ledger.Store.Marten.QuerySession();
        Assert.Empty(await session.Query<WarningRecord>().Where(w => w.TenderId == "T-ERASE" && w.ClearedAt == null).ToListAsync(Ct));
    }
}
