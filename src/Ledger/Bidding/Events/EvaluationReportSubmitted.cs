namespace Ledger.Bidding.Events;

/// <summary>评标报告: the panel's report and its ranked candidates, at most 3 (Regulations Art. 53).</summary>
/// <param name="ReportHash">Lowercase hex SHA-256 of the signed report document.</param>
public sealed record EvaluationReportSubmitted(string TenderId, string ReportHash, IReadOnlyList<RankedCandidate> Candidates);
