using System.Globalization;
using Ledger.Access;
using Ledger.Bidding.Events;
using Ledger.Projections.Detectors.Reads;

namespace Ledger.Cli.Simulate;

/// <summary>
/// Tenderer–bidder collusion as recorded reads show it (Regulations Art. 41). The tender's side reaches for the rivals'
/// sealed bids before the opening: the API refuses, and records each attempt; from s = 0 to 1 it tries every rival's
/// bid down to one. In every second such tender the winner then amends its bid, lowering its price, 5 % + 85 %·s of the
/// detector's default window after the last attempt. Elsewhere the winner's staff or the tender's side asks for the
/// expert panel before the result. Honest amendments that would fall in the window of a planted read are taken out, so
/// the truth names every amendment the rule should find.
/// </summary>
internal static class ReadPlanting
{
    private static readonly TimeSpan Window = new ReadThresholds().AmendmentWindow;

    public static List<PlannedCase> SealedBids(TenderPlan plan, bool amend, double s, Dice dice)
    {
        var side = plan.Side;
        var winner = plan.Bid(plan.WinnerId);
        var amendAt = Calendar.Between(dice, winner.SubmitAt.AddMinutes(5), plan.Deadline.AddMinutes(-5));
        var from = amend
            ? Calendar.Seconds(amendAt - (Window * (0.05 + (0.85 * s)) * dice.Uniform(0.9, 1.0)))
            : Calendar.Between(dice, plan.Deadline.AddDays(-5), plan.Deadline.AddMinutes(-30));
        var rivals = dice.Shuffle(plan.Bids.Where(b => b.BidderId != winner.BidderId && b.SubmitAt < from)).Select(b => b.BidderId).ToList();
        var targets = rivals.Count == 0 ? [null] : rivals.Take(Math.Max(1, (int)Math.Round((1 - s) * rivals.Count))).Cast<string?>().ToList();
        var refusal = $"sealed bids of tender {plan.TenderId} stay sealed until the opening at {plan.Deadline.ToString("u", CultureInfo.InvariantCulture)} (Bidding Law Art. 36)";
        var reads = targets.Select((bidder, k) => plan.AddRead(from.AddMinutes(k), side, ReadSubject.SealedBid(plan.TenderId, bidder), "核对投标文件递交情况 (checking the bids received)", refusal)).ToList();
        var last = reads[^1].At;
        foreach (var bid in plan.Bids.Where(b => b.Amendment is { } a && a.At >= from && a.At <= last + Window).ToList())
        {
            plan.Replace(bid with { Amendment = null });
        }
        var hours = (plan.Deadline - from).TotalHours;
        var whose = rivals.Count == 0 ? "every bidder" : $"{targets.Count} rival(s) of {winner.BidderId}";
        var sealedCase = new PlannedCase(ReadDetector.SealedBidBeforeOpening.Id,
            amend ? [ReadDetector.SealedBidBeforeOpening.Id, ReadDetector.AmendAfterRead.Id] : [ReadDetector.SealedBidBeforeOpening.Id],
            $"{plan.TenderId}:{side.Organisation}", [plan.TenderId], [side.Organisation, .. targets.OfType<string>()],
            $"{side.Organisation} ({side.Role}) tried {reads.Count} time(s) to read the sealed bids of {whose} {hours:0.#} hours before the opening; the ledger refused and recorded each attempt.",
            [.. reads.Select(r => r.Ref)]);
        plan.Kinds.Add(ReadDetector.SealedBidBeforeOpening.Id);
        if (!amend)
        {
            return [sealedCase];
        }
        var first = decimal.Round(winner.Price * (decimal)dice.Uniform(1.01, 1.05), 2);
        plan.Replace(plan.Bid(winner.BidderId) with { Amendment = new PlannedAmendment(amendAt, first, dice.Hex(32), dice.Hex(32)) });
        plan.Kinds.Add(ReadDetector.AmendAfterRead.Id);
        var amendCase = new PlannedCase(ReadDetector.AmendAfterRead.Id, [ReadDetector.AmendAfterRead.Id], $"{plan.TenderId}:{winner.BidderId}", [plan.TenderId],
            [winner.BidderId, side.Organisation],
            $"{winner.BidderId} amended its bid from {first} to {winner.Price} {(amendAt - last).TotalHours:0.#} hours after {side.Organisation} tried to read the sealed bids.",
            [EventRef.Bid(plan.TenderId, winner.BidderId, nameof(BidAmended)), .. reads.Select(r => r.Ref)]);
        return [sealedCase, amendCase];
    }

    /// <summary>Between the draw and the opening, the winner's staff (or, when <paramref name="bySide"/>, the tender's side) asks for the panel.</summary>
    public static PlannedCase Panel(TenderPlan plan, bool bySide, Dice dice)
    {
        var reader = bySide ? plan.Side : plan.Bid(plan.WinnerId).Bidder.Staff;
        var read = plan.AddRead(Calendar.Between(dice, plan.DrawAt.AddMinutes(5), plan.OpenAt), reader, ReadSubject.ExpertPanel(plan.TenderId),
            "了解评标安排 (learning the evaluation arrangements)",
            $"the expert panel of tender {plan.TenderId} is secret until the candidates are published (Bidding Law Art. 37)");
        plan.Kinds.Add(ReadDetector.PanelBeforeResult.Id);
        return new PlannedCase(ReadDetector.PanelBeforeResult.Id, [ReadDetector.PanelBeforeResult.Id], $"{plan.TenderId}:{reader.Organisation}", [plan.TenderId],
            [reader.Organisation],
            $"{reader.Organisation} ({reader.Role}) asked for the expert panel {(plan.OpenAt - read.At).TotalMinutes:0} minutes before the opening, before the result; the ledger refused and recorded it.",
            [read.Ref]);
    }
}
