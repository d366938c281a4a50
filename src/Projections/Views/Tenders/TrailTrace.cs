namespace Ledger.Projections.Views.Tenders;

/// <summary>What an entry modified: the kind of change and the earlier entries (by event id) it replaced, withdrew or voided.</summary>
public sealed record TrailTrace(Modification Kind, IReadOnlyList<Guid> Modifies);
