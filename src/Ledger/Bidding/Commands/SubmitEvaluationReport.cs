using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>评标报告 with the panel's ranked candidates.</summary>
public sealed record SubmitEvaluationReport(string TenderId, string ReportHash, IReadOnlyList<RankedCandidate> Candidates);

public static partial class BiddingRules
{
    /// <summary>The most candidates a panel may recommend (Regulations Art. 53).</summary>
    public const int MaxCandidates = 3;

    public static Decision Decide(Tender tender, SubmitEvaluationReport command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        var candidates = command.Candidates;
        return Check.Entered(tender, id)
            ?? Check.TenderSide(tender, actor, $"submit the evaluation report of tender {id}")
            ?? (tender.Phase >= TenderPhase.Opened ? null : Decision.Refuse($"the bids of tender {id} are not opened yet: no evaluation report before opening"))
            ?? (tender.Phase == TenderPhase.Opened ? null : Decision.Refuse($"tender {id} already has an evaluation report"))
            ?? (tender.Panel.Count > 0 ? null : Decision.Refuse($"tender {id} has no expert panel to report"))
            ?? Check.Sha256(command.ReportHash, "evaluation report hash")
            ?? (candidates.Count is >= 1 and <= MaxCandidates ? null
                : Decision.Refuse($"the evaluation report of tender {id} ranks {candidates.Count} candidates, not 1 to {MaxCandidates} (Regulations Art. 53)"))
            ?? candidates.Select((c, i) => c.Rank == i + 1 ? null
                : Decision.Refuse($"candidate {c.BidderId} of tender {id} is ranked {c.Rank} in place {i + 1}: list candidates by rank from 1")).FirstOrDefault(r => r is not null)
            ?? (candidates.GroupBy(c => c.BidderId).FirstOrDefault(g => g.Count() > 1) is { } twice
                ? Decision.Refuse($"{twice.Key} is ranked {twice.Count()} times in the evaluation report of tender {id}")
                : null)
            ?? (candidates.FirstOrDefault(c => tender.Opened(c.BidderId) is not { Outcome: OpeningOutcome.Read }) is { } rejected
                ? Decision.Refuse($"candidate {rejected.BidderId} of tender {id} has no bid read at the opening ({tender.Opened(rejected.BidderId)?.Outcome.ToString() ?? "not opened"})")
                : null)
            ?? Decision.Accept(new EvaluationReportSubmitted(id, command.ReportHash, candidates));
    }
}
