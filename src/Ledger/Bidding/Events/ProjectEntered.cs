namespace Ledger.Bidding.Events;

/// <summary>
/// 进场登记: a tender (a project, or one lot (标段) of it) enters the trading centre. The first event of the
/// tender stream.
/// </summary>
/// <param name="TendererId">招标人: unified social credit code of the purchasing entity.</param>
/// <param name="AgentId">招标代理机构 acting for it, if any.</param>
public sealed record ProjectEntered(string TenderId, string ProjectName, string TendererId, string? AgentId);
