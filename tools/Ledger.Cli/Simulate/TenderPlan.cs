using Ledger.Access;
using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// One tender from entry to refunds, decided before anything is recorded: who bids what and when, who scores, who wins.
/// Planning fills it in stages (<see cref="TenderPlanner"/>, the plantings, <see cref="Evaluation"/>); the run only replays it.
/// </summary>
internal sealed class TenderPlan
{
    public required int Index { get; init; }

    public required string TenderId { get; init; }

    public required Category Category { get; init; }

    public required Region Region { get; init; }

    public required Organisation Tenderer { get; init; }

    /// <summary>The tender agency acting for the tenderer; null when the tenderer acts itself.</summary>
    public required Organisation? Agency { get; init; }

    public required string ProjectName { get; init; }

    public required decimal Ceiling { get; init; }

    /// <summary>The engineer's estimate honest bids spread around.</summary>
    public required decimal Estimate { get; init; }

    /// <summary>综合评估法 when true: ranked by the panel's mean score; 经评审的最低投标价法 otherwise: by price.</summary>
    public required bool Scored { get; init; }

    public required decimal? RequiredDeposit { get; set; }

    public required string DocumentsHash { get; init; }

    public required DateTimeOffset EnteredAt { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>Bid deadline and opening time, which the law makes one (Bidding Law Art. 34).</summary>
    public required DateTimeOffset Deadline { get; init; }

    public List<PlannedBid> Bids { get; } = [];

    /// <summary>Firms that obtain the documents and never bid.</summary>
    public List<(Bidder Bidder, DateTimeOffset At)> Lookers { get; } = [];

    public List<Expert> Panel { get; } = [];

    public ExpertAvoidance? Recusal { get; set; }

    public DateTimeOffset DrawAt { get; set; }

    public List<PlannedScore> Scores { get; } = [];

    public List<RankedCandidate> Candidates { get; } = [];

    public string WinnerId { get; set; } = "";

    public DateTimeOffset ReportAt { get; set; }

    public DateTimeOffset CandidatesAt { get; set; }

    public DateTimeOffset PublicityEnd { get; set; }

    public PlannedObjection? Objection { get; set; }

    public DateTimeOffset AwardAt { get; set; }

    public DateTimeOffset ContractAt { get; set; }

    /// <summary>Reads of the tender's data, routine and planted, in the order planned.</summary>
    public List<PlannedRead> Reads { get; } = [];

    /// <summary>The winner a rigged tender was arranged for; its cover bidders also write weaker technical proposals.</summary>
    public string? Favoured { get; set; }

    /// <summary>The kinds planted in this tender (detector rule ids); empty for an honest tender.</summary>
    public List<string> Kinds { get; } = [];

    /// <summary>Who acts for the tender side: the agency's staff, or the tenderer's.</summary>
    public Actor Side => (Agency ?? Tenderer).Staff;

    /// <summary>Just after the deadline, when the centre opens the bids.</summary>
    public DateTimeOffset OpenAt => Deadline.AddMinutes(2);

    public IEnumerable<PlannedBid> Standing => Bids.Where(b => b.WithdrawAt is null);

    /// <summary>Standing bids within the ceiling: read at opening, scored, and eligible to win.</summary>
    public IEnumerable<PlannedBid> Read => Standing.Where(b => b.Price <= Ceiling);

    public PlannedBid Bid(string bidderId) => Bids.Single(b => b.BidderId == bidderId);

    public void Replace(PlannedBid bid) => Bids[Bids.FindIndex(b => b.BidderId == bid.BidderId)] = bid;

    /// <summary>Plans a read by <paramref name="reader"/>; denied with <paramref name="refusal"/> when one is given.</summary>
    public PlannedRead AddRead(DateTimeOffset at, Actor reader, ReadSubject subject, string purpose, string? refusal = null)
    {
        var read = new PlannedRead(at, reader, subject, purpose, refusal is null ? AccessOutcome.Granted : AccessOutcome.Denied, refusal, $"{TenderId}#{Reads.Count + 1}");
        Reads.Add(read);
        return read;
    }
}
