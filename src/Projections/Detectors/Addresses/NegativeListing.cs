namespace Ledger.Projections.Detectors.Addresses;

/// <summary>A period the address spent on the risky-address negative list (风险地址负面清单).</summary>
/// <param name="EventId">The event that listed it.</param>
/// <param name="LiftedAt">When the entry was lifted; null while in force.</param>
public sealed record NegativeListing(Guid EventId, string EntryId, DateTimeOffset AddedAt, DateTimeOffset? LiftedAt);
