using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>
/// 开标. Every bid standing at the deadline appears exactly once: revealed, or named in
/// <paramref name="NotDecrypted"/>, so no bid can be left out of an opening without a record saying so.
/// </summary>
public sealed record OpenBids(string TenderId, IReadOnlyList<PriceReveal> Reveals, IReadOnlyList<string> NotDecrypted);

public static partial class BiddingRules
{
    /// <summary>The fewest bids that may be opened (Regulations Art. 44).</summary>
    public const int MinBidsToOpen = 3;

    /// <summary>Opens the bids standing at the opening time.</summary>
    /// <param name="bids">Every bid stream of the tender (<see cref="BiddingStreams.BidStreamPrefix"/>), folded;
    /// bids never submitted or withdrawn are passed over.</param>
    /// <exception cref="ArgumentException">A bid of another tender, or two states of one bidder.</exception>
    public static Decision Decide(Tender tender, IReadOnlyList<Bid> bids, OpenBids command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        if (bids.FirstOrDefault(b => b.TenderId != id) is { } stray)
        {
            throw new ArgumentException($"the bid of {stray.BidderId} is for tender {stray.TenderId}, not {id}", nameof(bids));
        }
        if (bids.GroupBy(b => b.BidderId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"{twice.Key} has {twice.Count()} bid states; pass each bid stream once", nameof(bids));
        }
        var standing = bids.Where(b => b.Status == BidStatus.Submitted).OrderBy(b => b.BidderId, StringComparer.Ordinal).ToList();
        return Check.Entered(tender, id)
            ?? Check.TenderSide(tender, actor, $"open the bids of tender {id}")
            ?? Check.NoticePublished(tender, id, "opening")
            ?? (tender.Phase == TenderPhase.NoticePublished ? null : Decision.Refuse($"the bids of tender {id} are already opened"))
            ?? (now >= tender.OpeningTime ? null
                : Decision.Refuse($"opening of tender {id} at {Check.When(now)} is before the opening time {Check.When(tender.OpeningTime)}", recordInTrail: true))
            ?? (standing.Count >= MinBidsToOpen ? null
                : Decision.Refuse($"tender {id} has {standing.Count} bids standing; at least {MinBidsToOpen} are needed to open (Regulations Art. 44)"))
            ?? Accounted(id, standing, command)
            ?? Open(tender, standing, command);
    }

    private static Decision? Accounted(string id, List<Bid> standing, OpenBids command)
    {
        var named = command.Reveals.Select(r => r.BidderId).Concat(command.NotDecrypted).ToList();
        if (named.GroupBy(b => b).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Decision.Refuse($"{twice.Key} is named {twice.Count()} times among the reveals and the bids not decrypted of tender {id}");
        }
        if (named.FirstOrDefault(b => standing.All(s => s.BidderId != b)) is { } stranger)
        {
            return Decision.Refuse($"{stranger} has no bid standing for tender {id} to open");
        }
        return standing.FirstOrDefault(s => !named.Contains(s.BidderId)) is { } missing
            ? Decision.Refuse($"the bid of {missing.BidderId} for tender {id} is neither revealed nor declared not decrypted")
            : null;
    }

    private static Decision Open(Tender tender, List<Bid> standing, OpenBids command)
    {
        var opened = new List<OpenedBid>(standing.Count);
        foreach (var bid in standing)
        {
            if (command.Reveals.FirstOrDefault(r => r.BidderId == bid.BidderId) is not { } reveal)
            {
                opened.Add(new OpenedBid(bid.BidderId, bid.FileHash!, bid.PriceCommitment!, OpeningOutcome.NotDecrypted, null, null));
                continue;
            }
            if (!PriceCommitment.Matches(bid.PriceCommitment!, tender.TenderId, bid.BidderId, reveal.Price, reveal.Nonce))
            {
                return Decision.Refuse(
                    $"the price {Check.Number(reveal.Price)} and nonce revealed by {bid.BidderId} do not reproduce its price commitment {bid.PriceCommitment} for tender {tender.TenderId}");
            }
            var outcome = reveal.Price > tender.CeilingPrice ? OpeningOutcome.OverCeiling : OpeningOutcome.Read;
            opened.Add(new OpenedBid(bid.BidderId, bid.FileHash!, bid.PriceCommitment!, outcome, reveal.Price, reveal.Nonce));
        }
        return Decision.Accept(new BidsOpened(tender.TenderId, opened));
    }
}
