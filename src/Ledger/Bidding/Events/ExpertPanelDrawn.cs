namespace Ledger.Bidding.Events;

/// <summary>
/// 专家抽取: experts drawn at random from the pool. <paramref name="Experts"/> take a seat on the panel (评标委员会);
/// <paramref name="Avoidances"/> are excluded with their reason. A later draw (补抽) adds experts and may
/// remove a seated one, whose scores then become void (Regulations Art. 48).
/// </summary>
/// <param name="Experts">Pool ids of the experts seated by this draw.</param>
public sealed record ExpertPanelDrawn(string TenderId, IReadOnlyList<string> Experts, IReadOnlyList<ExpertAvoidance> Avoidances);
