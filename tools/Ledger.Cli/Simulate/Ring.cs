using Ledger.Bidding.Events;
using Ledger.Projections.Detectors.Collusion;

namespace Ledger.Cli.Simulate;

/// <summary>
/// Collusion across tenders (Regulations Art. 39): a cartel whose members bid together and take turns to win
/// (<see cref="BidderNetworkDetector.Rotation"/>), or a patron whose cover bidders always lose to it
/// (<see cref="BidderNetworkDetector.CoverBidding"/>). In each of its tenders the ring bids alone with cover prices.
/// Its colluders (a cartel's members, a patron's covers) keep a share of their honest bidding of s/2 (none at s = 0), up
/// to <see cref="HonestEntries"/> tenders, so at higher subtlety they also meet honest competitors elsewhere and the
/// pattern thins, but never below the detector's default threshold.
/// </summary>
internal sealed class Ring
{
    private readonly List<(TenderPlan Tender, List<string> Bidders)> tenders = [];

    public required bool Rotates { get; init; }

    public required Category Category { get; init; }

    public required Region Region { get; init; }

    /// <summary>The members; for cover bidding the patron first, then its covers.</summary>
    public required IReadOnlyList<Bidder> Members { get; init; }

    /// <summary>How many tenders the ring takes.</summary>
    public required int Size { get; init; }

    /// <summary>The members whose role in the ring is collusive bidding: every cartel member, a patron's covers.</summary>
    public IEnumerable<Bidder> Colluders => Rotates ? Members : Members.Skip(1);

    /// <summary>
    /// The most honest tenders a colluder may enter besides the ring's <see cref="Size"/>, so that the ring's tenders
    /// stay at least <c>1 − s·(1 − t)</c> of its entries, t the default threshold the ring's rule compares that share
    /// with (<see cref="NetworkThresholds.MinimumCoverShare"/>; for a cartel the stricter of
    /// <see cref="NetworkThresholds.MinimumOverlap"/> and <see cref="NetworkThresholds.MinimumGroupWinShare"/>): all of
    /// them at s = 0, the threshold's edge at s = 1, as <see cref="SimulationParameters.Subtlety"/> promises. Without
    /// the cap an active firm drawn into a ring kept so much honest bidding that the ring was a third of its entries
    /// (issue 4), below any threshold that spares a busy firm meeting a strong winner now and then.
    /// </summary>
    public int HonestEntries(double s)
    {
        var defaults = new NetworkThresholds();
        var threshold = Rotates ? Math.Max(defaults.MinimumOverlap, defaults.MinimumGroupWinShare) : defaults.MinimumCoverShare;
        var ringShare = 1 - (s * (1 - threshold));
        return (int)Math.Floor(Size * (1 - ringShare) / ringShare);
    }

    public string Kind => Rotates ? BidderNetworkDetector.Rotation.Id : BidderNetworkDetector.CoverBidding.Id;

    /// <summary>Who bids in the ring's next tender and who is to win it: the members in turn, or the patron.</summary>
    public (List<Bidder> Participants, string Favoured) Next(Dice dice)
    {
        var favoured = Rotates ? Members[tenders.Count % Members.Count] : Members[0];
        var participants = Members.ToList();
        if (Rotates && Members.Count >= 4 && dice.Chance(0.3))
        {
            participants.Remove(dice.Pick(Members.Where(m => m != favoured).ToList()));
        }
        return (participants, favoured.Id);
    }

    public void Add(TenderPlan tender)
    {
        tender.Kinds.Add(Kind);
        tenders.Add((tender, tender.Bids.Select(b => b.BidderId).ToList()));
    }

    public IEnumerable<PlannedCase> Cases()
    {
        var ids = tenders.Select(t => t.Tender.TenderId).ToList();
        if (Rotates)
        {
            var members = Members.Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
            var turns = string.Join(", ", tenders.Select(t => t.Tender.Favoured));
            yield return new PlannedCase(Kind, [Kind, BidderNetworkDetector.BidTogether.Id], string.Join('+', members), ids, members,
                $"{members.Count} firms bid together in {ids.Count} tenders and took turns to win them, in date order: {turns}.",
                [.. tenders.SelectMany(t => Awarded(t.Tender).Concat(t.Bidders.Select(b => EventRef.Bid(t.Tender.TenderId, b, nameof(BidSubmitted)))))]);
            yield break;
        }
        var patron = Members[0].Id;
        foreach (var cover in Members.Skip(1).Select(m => m.Id))
        {
            var entered = tenders.Where(t => t.Bidders.Contains(cover)).ToList();
            yield return new PlannedCase(Kind, [Kind], $"{cover}+{patron}", [.. entered.Select(t => t.Tender.TenderId)], [cover, patron],
                $"{cover} placed a losing cover bid in each of the {entered.Count} tenders {patron} was arranged to win.",
                [.. entered.SelectMany(t => Awarded(t.Tender).Append(EventRef.Bid(t.Tender.TenderId, cover, nameof(BidSubmitted))))]);
        }
    }

    private static IEnumerable<EventRef> Awarded(TenderPlan tender) =>
        [EventRef.Tender(tender.TenderId, nameof(BidsOpened)), EventRef.Tender(tender.TenderId, nameof(AwardNotified))];
}
