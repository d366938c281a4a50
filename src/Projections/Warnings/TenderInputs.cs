using Ledger.Access;
using Ledger.Bidding.Events;
using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Detectors.Reads;
using Ledger.Projections.Detectors.Scores;
using Ledger.Projections.Views;

namespace Ledger.Projections.Warnings;

/// <summary>
/// What the per-tender detectors read, gathered from the tender stream, its bid streams and the reads of its data recorded
/// in readers' trails, and the tender's warnings.
/// No personal value is kept: deposits are held by event id only, and so are the project managers and contacts of filings.
/// </summary>
public sealed class TenderInputs
{
    private static readonly HashSet<string> IdentifierRules = Rules(
        SharedIdentifierDetector.SharedFeatureCode, SharedIdentifierDetector.IdenticalDocument, SharedIdentifierDetector.SameAgent,
        SharedIdentifierDetector.SameContact, SharedIdentifierDetector.SameProjectManager, SharedIdentifierDetector.SameDepositAccount);

    private static readonly IdentifierKind[] PeopleKinds = [IdentifierKind.ProjectManager, IdentifierKind.Contact];

    private static readonly HashSet<string> PriceRules = Rules(
        BidDetector.LowVariation, BidDetector.HighRelativeDistance, BidDetector.HighKurtosis, BidDetector.PriceOutlier, BidDetector.CloseToCeiling,
        PricePatternDetector.PriceSteps, PricePatternDetector.CeilingRatios, PricePatternDetector.IdenticalPrices);

    private static readonly HashSet<string> ScoreRules = Rules(ScoreDetector.FastEvaluation, ScoreDetector.EvaluatorDeviation, ScoreDetector.BidderDeviation);

    private static readonly HashSet<string> ReadRules = Rules(ReadDetector.SealedBidBeforeOpening, ReadDetector.PanelBeforeResult, ReadDetector.AmendAfterRead);

    /// <summary>The tender id.</summary>
    public string Id { get; set; } = "";

    /// <summary>最高投标限价, once the notice is published.</summary>
    public decimal? Ceiling { get; set; }

    /// <summary>Every submission and amendment: a replaced file still shows which machine made it.</summary>
    public List<BidFiling> Filings { get; set; } = [];

    public List<DepositTransfer> Deposits { get; set; } = [];

    /// <summary>The opening.</summary>
    public Guid? OpeningEventId { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>The prices read at opening; over-ceiling and undecrypted bids are not among them.</summary>
    public List<OpenedPrice> Prices { get; set; } = [];

    /// <summary>The panel's standing scores: a rescore replaces, a recusal voids.</summary>
    public List<ExpertScore> Scores { get; set; } = [];

    public string? WinnerId { get; set; }

    /// <summary>Recorded reads of the tender's sealed bids and expert panel, granted or denied (<see cref="RecordedReads"/>).</summary>
    public List<ReadRecord> Reads { get; set; } = [];

    public List<BidAmendment> Amendments { get; set; } = [];

    /// <summary>中标候选人公示: the result is settled, and the panel list no longer secret.</summary>
    public DateTimeOffset? ResultSettledAt { get; set; }

    /// <summary>The tender's warnings, raised and cleared, as their <see cref="WarningRecord"/> documents hold them.</summary>
    public List<WarningRecord> Warnings { get; set; } = [];

    /// <summary>The bids as the bid-screen and network rules take them; null before opening.</summary>
    public TenderBids? Bids() => OpeningEventId is null || OpenedAt is not { } opened ? null : new TenderBids(
        Id, "", DateOnly.FromDateTime(opened.UtcDateTime), Ceiling,
        [.. Prices.Select(p => new BidEntry(p.FilingEventId, p.BidderId, p.Price, p.BidderId == WinnerId))]);

    /// <summary>Applies one event of the tender and says which rule groups it changed the inputs of.</summary>
    /// <param name="actor">Who the ledger recorded as acting; null for an event without a ledger record.</param>
    internal TenderParts Apply(Guid eventId, DateTimeOffset at, ActorRef? actor, object data)
    {
        var person = actor?.PersonId;
        switch (data)
        {
            case TenderNoticePublished notice:
                Ceiling = notice.CeilingPrice;
                return TenderParts.Prices;
            case BidSubmitted bid:
                Filings.Add(new BidFiling(eventId, bid.BidderId, bid.FileHash, bid.Features, person));
                return TenderParts.Identifiers;
            case BidAmended bid:
                Filings.Add(new BidFiling(eventId, bid.BidderId, bid.FileHash, bid.Features, person));
                Amendments.Add(new BidAmendment(eventId, bid.BidderId, at));
                return TenderParts.Identifiers | TenderParts.Reads;
            case DepositPaid { SourceAccount: not null } deposit:
                Deposits.Add(new DepositTransfer(eventId, deposit.BidderId));
                return TenderParts.Identifiers;
            case BidsOpened opened:
                OpeningEventId = eventId;
                OpenedAt = at;
                Prices = [.. opened.Bids.Where(b => b.Outcome == OpeningOutcome.Read && b.Price is not null)
                    .Select(b => new OpenedPrice(b.BidderId, b.Price!.Value, Filings.LastOrDefault(f => f.BidderId == b.BidderId)?.EventId ?? eventId))];
                return TenderParts.Prices | TenderParts.Reads;
            case ExpertPanelDrawn drawn:
                var recused = drawn.Avoidances.Select(a => a.ExpertId).ToHashSet(StringComparer.Ordinal);
                return Scores.RemoveAll(s => recused.Contains(s.ExpertId)) > 0 ? TenderParts.Scores : TenderParts.None;
            case ExpertScoreRecorded score:
                Scores.RemoveAll(s => s.ExpertId == score.ExpertId && s.BidderId == score.BidderId);
                Scores.Add(new ExpertScore(eventId, score.ExpertId, score.BidderId, score.Score, score.MinutesSpent));
                return TenderParts.Scores;
            case AwardNotified award:
                WinnerId = award.WinnerId;
                return TenderParts.None;
            case CandidatesPublished:
                ResultSettledAt = at;
                return TenderParts.Reads;
            case DataRead read:
                Reads.Add(RecordedReads.Of(eventId, at, actor, read));
                return TenderParts.Reads;
            default:
                return TenderParts.None;
        }
    }

    /// <summary>
    /// Recomputes the warnings of <paramref name="parts"/> after event <paramref name="eventId"/>.
    /// <paramref name="disclosed"/> maps each deposit's disclosed source account and each filing's disclosed project
    /// manager and contact to a token equal for equal values within this tender, never the value itself
    /// (<see cref="DisclosedIdentifiers"/>).
    /// </summary>
    internal void Detect(
        TenderParts parts, DetectorThresholds thresholds, IReadOnlyDictionary<(Guid EventId, IdentifierKind Kind), string> disclosed,
        Guid eventId, DateTimeOffset at, ISet<WarningRecord> changed)
    {
        if (parts.HasFlag(TenderParts.Identifiers))
        {
            Reconcile(SharedIdentifierDetector.Detect(Id, [.. Identifiers(disclosed)], thresholds.Identifiers), IdentifierRules, eventId, at, changed);
        }
        if (parts.HasFlag(TenderParts.Prices) && Bids() is { } bids)
        {
            // A price warning rests on the opening as well as on the filings whose commitments it opened.
            Guid[] opening = [OpeningEventId!.Value];
            var warnings = BidDetector.Detect(bids, thresholds.Bids).Concat(PricePatternDetector.Detect(bids, thresholds.PricePatterns))
                .Select(w => w with { Events = [.. w.Events.Concat(opening).Distinct().Order()] });
            Reconcile(warnings, PriceRules, eventId, at, changed);
        }
        if (parts.HasFlag(TenderParts.Scores))
        {
            Reconcile(ScoreDetector.Detect(new TenderScores(Id, Scores), thresholds.Scores), ScoreRules, eventId, at, changed);
        }
        // Reads are never taken back, so a tender that has none has no read warning to clear.
        if (parts.HasFlag(TenderParts.Reads) && Reads.Count > 0)
        {
            Reconcile(ReadDetector.Detect(new TenderTimes(Id, OpenedAt, ResultSettledAt), Reads, Amendments, thresholds.Reads), ReadRules, eventId, at, changed);
        }
    }

    private IEnumerable<BidderIdentifier> Identifiers(IReadOnlyDictionary<(Guid EventId, IdentifierKind Kind), string> disclosed)
    {
        foreach (var f in Filings)
        {
            yield return new BidderIdentifier(f.EventId, f.BidderId, IdentifierKind.MacAddress, f.Features.MacAddress);
            yield return new BidderIdentifier(f.EventId, f.BidderId, IdentifierKind.CpuId, f.Features.CpuId);
            yield return new BidderIdentifier(f.EventId, f.BidderId, IdentifierKind.DiskSerial, f.Features.DiskSerial);
            if (f.Features.DongleSerial is { } dongle)
            {
                yield return new BidderIdentifier(f.EventId, f.BidderId, IdentifierKind.DongleSerial, dongle);
            }
            yield return new BidderIdentifier(f.EventId, f.BidderId, IdentifierKind.IpAddress, f.Features.IpAddress);
            yield return new BidderIdentifier(f.EventId, f.BidderId, IdentifierKind.DocumentHash, f.FileHash);
            if (f.SubmittedBy is { } person)
            {
                yield return new BidderIdentifier(f.EventId, f.BidderId, IdentifierKind.Agent, person);
            }
            foreach (var kind in PeopleKinds)
            {
                if (disclosed.TryGetValue((f.EventId, kind), out var token))
                {
                    yield return new BidderIdentifier(f.EventId, f.BidderId, kind, token);
                }
            }
        }
        foreach (var d in Deposits)
        {
            if (disclosed.TryGetValue((d.EventId, IdentifierKind.DepositAccount), out var account))
            {
                yield return new BidderIdentifier(d.EventId, d.BidderId, IdentifierKind.DepositAccount, account);
            }
        }
    }

    private void Reconcile(IEnumerable<Warning> warnings, HashSet<string> rules, Guid eventId, DateTimeOffset at, ISet<WarningRecord> changed) =>
        Raising.Reconcile(Warnings, warnings, rules.Contains, () => new WarningRecord { Family = WarningFamily.Bidding, TenderId = Id }, eventId, at, changed);

    private static HashSet<string> Rules(params DetectorRule[] rules) => rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
}
