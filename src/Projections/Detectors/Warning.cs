namespace Ledger.Projections.Detectors;

/// <summary>
/// One detector finding: a signal worth a person's look, never a verdict. It names the events behind it so that it
/// can be exported as an evidence package in one step (DESIGN.md, read path).
/// </summary>
/// <param name="Rule">Stable id of the rule that raised it, such as <c>bid.cv-low</c>; see <see cref="DetectorRule"/>.</param>
/// <param name="Title">The rule's name in Chinese, as supervisors use it (串通投标, 评委评分畸高畸低…).</param>
/// <param name="Subject">What the warning is about: a tender id, <c>tender:bidder+bidder</c>, an address, a case id.</param>
/// <param name="Score">Strength in [0, 1]. Comparable between warnings of one rule only: each rule documents how it
/// maps its evidence to the score.</param>
/// <param name="Explanation">A plain English sentence with the numbers that triggered it.</param>
/// <param name="Events">Ids of the ledger events behind the warning, distinct and in ascending <see cref="Guid"/> order.</param>
public sealed record Warning(string Rule, string Title, string Subject, double Score, string Explanation, IReadOnlyList<Guid> Events);
