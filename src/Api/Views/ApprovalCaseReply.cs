using Ledger.Projections.Views.Approvals;

namespace Ledger.Api.Views;

/// <summary>An approval case and its clock as of the moment it was read.</summary>
public sealed record ApprovalCaseReply(ApprovalCaseView Case, ApprovalClock Clock);
