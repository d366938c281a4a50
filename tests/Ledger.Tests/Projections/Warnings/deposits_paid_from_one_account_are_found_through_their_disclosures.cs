using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Warnings;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using Marten;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class deposits_paid_from_one_account_are_found_through_their_disclosures(PostgresFixture postgres)
{
    private const string Account = "6217 0000 1234 5678";

    [Fact]
    public async Task although_their_commitments_differ_and_no_document_holds_the_account()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), BiddingClock.Entry);
        var tenders = await new RecordedTenders(ledger).BidAsync(("T-ACC",
        [
            PlannedBid.Own("B-1", 903_000m, 1) with { Account = Account },
            PlannedBid.Own("B-2", 951_000m, 2),
            PlannedBid.Own("B-3", 987_000m, 3) with { Account = "62170000 1234 5678" },
        ]));

        var warning = Assert.Single(await Warnings.WhenAsync(ledger, q => q.Where(w => w.TenderId == "T-ACC"), w => w.Count > 0));

        Assert.Equal((SharedIdentifierDetector.SameDepositAccount.Id, "T-ACC:B-1+B-3"), (warning.Rule, warning.Subject));
        Assert.Equal(new[] { tenders.Ids["paid T-ACC/B-1"], tenders.Ids["paid T-ACC/B-3"] }.Order(), warning.Events);
        Assert.Equal(0.95, warning.Score, 6);
        await using var session = ledger.Store.Marten.QuerySession();
        var stored = await session.Events.FetchStreamAsync("bid/T-ACC/B-1", token: TestContext.Current.CancellationToken);
        var commitment = Assert.Single(stored.Select(e => e.Data).OfType<Ledger.Bidding.Events.DepositPaid>()).SourceAccount;
        Assert.StartsWith("commit:", commitment);
        foreach (var json in new[]
        {
            await session.Json.FindByIdAsync<TenderInputs>("T-ACC", TestContext.Current.CancellationToken),
            await session.Json.FindByIdAsync<WarningRecord>(warning.Id, TestContext.Current.CancellationToken),
        })
        {
            Assert.DoesNotContain("6217000012345678", json!, StringComparison.Ordinal);
            Assert.DoesNotContain(Account, json!, StringComparison.Ordinal);
        }
    }
}
