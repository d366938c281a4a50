namespace Ledger.Cli.Simulate;

/// <summary>One planted case of misconduct in the ground truth.</summary>
/// <param name="Kind">The detector rule id it is planted for, such as <c>bid.cv-low</c> (src/Projections/Detectors).</param>
/// <param name="Rules">Every rule id the planted mechanism is meant to trip, <paramref name="Kind"/> first: cover bids make
/// both a low coefficient of variation and a high relative distance; a rotating cartel also bids together.</param>
/// <param name="Subject">What it is about, spelled as the rule's warnings spell their subject: <c>{tender}</c>,
/// <c>{tender}:{price}</c>, <c>{tender}:{bidderA}+{bidderB}</c>, <c>{bidderA}+{bidderB}+…</c> (a cartel),
/// <c>{loser}+{winner}</c>, <c>{tender}:{expert}:{bidder}</c>, <c>{tender}:{expert}</c>, <c>{standard address}</c>,
/// <c>{standard address}:{company credit code}</c>, <c>{standard address}:{certificate}</c>, <c>{case}</c>,
/// <c>{case}:{step}</c>, <c>{case}:{person}</c>.</param>
/// <param name="Tenders">The tenders involved; empty for addresses and approvals.</param>
/// <param name="Parties">Who took part: bidder credit codes, an expert, company credit codes, a person id.</param>
/// <param name="Detail">What was planted, with its numbers, in one English sentence.</param>
/// <param name="Events">Ids of the ledger events (Marten event ids, as in the promises) that carry it.</param>
public sealed record PlantedCase(
    string Kind, IReadOnlyList<string> Rules, string Subject, IReadOnlyList<string> Tenders, IReadOnlyList<string> Parties, string Detail, IReadOnlyList<Guid> Events);
