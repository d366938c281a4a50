namespace Ledger.Approvals;

/// <summary>
/// Where approval events go: one stream per case, approval/{caseId}. Parallel review steps (并联审批) are few per
/// case and a decision must see all of them, so they share the case's stream rather than each having one.
/// </summary>
public static class ApprovalStreams
{
    /// <summary>The stream of <see cref="ApprovalCase"/>.</summary>
    public static string CaseStream(string caseId) =>
        string.IsNullOrEmpty(caseId) || caseId.Contains('/') || caseId.Any(char.IsControl)
            ? throw new ArgumentException($"\"{caseId}\" cannot be part of a stream id: it must be non-empty, without '/' or control characters", nameof(caseId))
            : $"approval/{caseId}";
}
