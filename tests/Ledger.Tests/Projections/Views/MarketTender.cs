using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using Ledger.Tests.Bidding;

namespace Ledger.Tests.Projections.Views;

/// <summary>
/// Records one tender in a <see cref="ViewLedger"/> through the real commands, the centre acting for the tender side:
/// entry two days before <paramref name="Opening"/>, bids the day before, the opening, and with a winner the panel,
/// the report, three days' publicity and the award. Tenders are recorded one after another: the clock only moves on.
/// </summary>
/// <param name="Bids">Each bidder's price; a bidder in <paramref name="NotDecrypted"/> bids but does not decrypt.</param>
internal sealed record MarketTender(string Id, string TendererId, DateTimeOffset Opening, (string Bidder, decimal Price)[] Bids, string? Winner, params string[] NotDecrypted)
{
    public const decimal Ceiling = 1_000_000m;

    public async Task RecordAsync(ViewLedger ledger)
    {
        var documents = TenderScenario.Sha256($"招标文件 {Id}");
        ledger.Clock.SetUtcNow(Opening.AddDays(-2));
        await ledger.TenderAsync(Id, new EnterProject(Id, $"{Id} 道路工程", TendererId, null), Actors.Centre, BiddingRules.Decide);
        await ledger.TenderAsync(Id, new PublishTenderNotice(Id, Ceiling, Opening, Opening, documents, null, 3), Actors.Centre, BiddingRules.Decide);
        ledger.Clock.SetUtcNow(Opening.AddDays(-1));
        var reveals = new List<PriceReveal>();
        foreach (var (bidder, price) in Bids)
        {
            var reveal = new PriceReveal(bidder, price, PriceCommitment.NewNonce());
            reveals.Add(reveal);
            await ledger.BidAsync(Id, bidder, new ObtainDocuments(Id, bidder, documents), Actors.Bidder(bidder), BiddingRules.Decide);
            var submission = new SubmitBid(Id, bidder, TenderScenario.Sha256($"bid file of {bidder} for {Id}"), 4_718_592, "c2ln", "CA-0001", TenderScenario.Features,
                PriceCommitment.Compute(Id, bidder, price, reveal.Nonce));
            await ledger.BidAsync(Id, bidder, submission, Actors.Bidder(bidder), BiddingRules.Decide);
        }
        ledger.Clock.SetUtcNow(Opening);
        await ledger.OpeningAsync(Id, new OpenBids(Id, [.. reveals.Where(r => !NotDecrypted.Contains(r.BidderId))], NotDecrypted), Actors.Centre, BiddingRules.Decide);
        if (Winner is null)
        {
            return;
        }
        await ledger.TenderAsync(Id, new DrawExpertPanel(Id, ["E-1", "E-2", "E-3"], []), Actors.Centre, BiddingRules.Decide);
        ledger.Clock.SetUtcNow(Opening.AddHours(1));
        await ledger.TenderAsync(Id, new SubmitEvaluationReport(Id, TenderScenario.Sha256($"评标报告 {Id}"), [new RankedCandidate(1, Winner, 90m)]), Actors.Centre, BiddingRules.Decide);
        ledger.Clock.SetUtcNow(Opening.AddDays(1));
        await ledger.TenderAsync(Id, new PublishCandidates(Id, Opening.AddDays(4)), Actors.Centre, BiddingRules.Decide);
        ledger.Clock.SetUtcNow(Opening.AddDays(4));
        await ledger.TenderAsync(Id, new NotifyAward(Id, Winner), Actors.Centre, BiddingRules.Decide);
    }
}
