using Ledger.Bidding.Events;

namespace Ledger.Bidding;

/// <summary>
/// A tender as its tender stream (<see cref="BiddingStreams.TenderStream"/>) tells it. Shaped for a Marten live
/// aggregation: parameterless constructor, an <see cref="Id"/> that Marten sets to the stream key, and one
/// <c>Apply</c> per event.
/// </summary>
public sealed class Tender
{
    private readonly List<string> panel = [];
    private readonly Dictionary<string, string> avoidances = [];
    private readonly List<ExpertScoreRecorded> scores = [];
    private readonly List<Objection> objections = [];

    public string Id { get; set; } = "";

    public string TenderId { get; private set; } = "";

    public TenderPhase Phase { get; private set; }

    public string ProjectName { get; private set; } = "";

    public string TendererId { get; private set; } = "";

    public string? AgentId { get; private set; }

    public decimal CeilingPrice { get; private set; }

    public DateTimeOffset BidDeadline { get; private set; }

    public DateTimeOffset OpeningTime { get; private set; }

    public string DocumentsHash { get; private set; } = "";

    /// <summary>Deposit each bidder must lodge; null when the notice requires none.</summary>
    public decimal? RequiredDeposit { get; private set; }

    public int CandidatePublicityDays { get; private set; }

    public IReadOnlyList<OpenedBid> OpenedBids { get; private set; } = [];

    /// <summary>Experts seated on the panel, in the order drawn; recused experts are not among them.</summary>
    public IReadOnlyList<string> Panel => panel;

    /// <summary>回避: expert id and reason, for every expert excluded or removed.</summary>
    public IReadOnlyDictionary<string, string> Avoidances => avoidances;

    /// <summary>The standing score of each expert for each bidder; a recused expert's scores are void and gone.</summary>
    public IReadOnlyList<ExpertScoreRecorded> Scores => scores;

    public IReadOnlyList<RankedCandidate> Candidates { get; private set; } = [];

    public DateTimeOffset? PublicityStart { get; private set; }

    public DateTimeOffset? PublicityEnd { get; private set; }

    public IReadOnlyList<Objection> Objections => objections;

    public string? WinnerId { get; private set; }

    public decimal? AwardPrice { get; private set; }

    /// <summary>Folds a tender stream from its first event; for tests and tools outside Marten.</summary>
    /// <exception cref="ArgumentException">An event that does not belong in a tender stream.</exception>
    public static Tender Replay(IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var tender = new Tender();
        foreach (var e in events)
        {
            switch (e)
            {
                case ProjectEntered x: tender.Apply(x); break;
                case TenderNoticePublished x: tender.Apply(x); break;
                case BidsOpened x: tender.Apply(x); break;
                case ExpertPanelDrawn x: tender.Apply(x); break;
                case ExpertScoreRecorded x: tender.Apply(x); break;
                case EvaluationReportSubmitted x: tender.Apply(x); break;
                case CandidatesPublished x: tender.Apply(x); break;
                case ObjectionFiled x: tender.Apply(x); break;
                case ObjectionAnswered x: tender.Apply(x); break;
                case AwardNotified x: tender.Apply(x); break;
                case ContractSigned x: tender.Apply(x); break;
                default: throw new ArgumentException($"{e.GetType().Name} does not belong in a tender stream", nameof(events));
            }
        }
        return tender;
    }

    /// <summary>The opened bid of <paramref name="bidderId"/>, or null.</summary>
    public OpenedBid? Opened(string bidderId) => OpenedBids.FirstOrDefault(b => b.BidderId == bidderId);

    public void Apply(ProjectEntered e) =>
        (TenderId, ProjectName, TendererId, AgentId, Phase) = (e.TenderId, e.ProjectName, e.TendererId, e.AgentId, TenderPhase.Entered);

    public void Apply(TenderNoticePublished e)
    {
        (CeilingPrice, BidDeadline, OpeningTime, DocumentsHash) = (e.CeilingPrice, e.BidDeadline, e.OpeningTime, e.DocumentsHash);
        (RequiredDeposit, CandidatePublicityDays, Phase) = (e.RequiredDeposit, e.CandidatePublicityDays, TenderPhase.NoticePublished);
    }

    public void Apply(BidsOpened e) => (OpenedBids, Phase) = (e.Bids, TenderPhase.Opened);

    public void Apply(ExpertPanelDrawn e)
    {
        panel.AddRange(e.Experts);
        foreach (var avoidance in e.Avoidances)
        {
            avoidances[avoidance.ExpertId] = avoidance.Reason;
            panel.Remove(avoidance.ExpertId);
            scores.RemoveAll(s => s.ExpertId == avoidance.ExpertId);
        }
    }

    public void Apply(ExpertScoreRecorded e)
    {
        scores.RemoveAll(s => s.ExpertId == e.ExpertId && s.BidderId == e.BidderId);
        scores.Add(e);
    }

    public void Apply(EvaluationReportSubmitted e) => (Candidates, Phase) = (e.Candidates, TenderPhase.Evaluated);

    public void Apply(CandidatesPublished e) =>
        (PublicityStart, PublicityEnd, Phase) = (e.PublicityStart, e.PublicityEnd, TenderPhase.CandidatesPublished);

    public void Apply(ObjectionFiled e) => objections.Add(new Objection(e.ObjectionId, e.Kind, e.FiledBy, Answered: false));

    public void Apply(ObjectionAnswered e)
    {
        var index = objections.FindIndex(o => o.ObjectionId == e.ObjectionId);
        objections[index] = objections[index] with { Answered = true };
    }

    public void Apply(AwardNotified e) => (WinnerId, AwardPrice, Phase) = (e.WinnerId, e.Price, TenderPhase.Awarded);

    public void Apply(ContractSigned e) => Phase = TenderPhase.ContractSigned;
}
