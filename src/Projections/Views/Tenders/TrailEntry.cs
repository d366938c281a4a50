using Ledger.Store.Commands;

namespace Ledger.Projections.Views.Tenders;

/// <summary>
/// One event of a tender's trail, from its tender stream or one of its bid streams, or a refused action aimed at them.
/// </summary>
/// <param name="EventId">The receipt reference: the Marten event id <c>GET /receipts/{eventId}</c> takes.</param>
/// <param name="Sequence">Marten's global sequence, the trail's order across the tender's streams.</param>
/// <param name="Time">When the ledger recorded it: the time its receipt proves.</param>
/// <param name="Actor">Who recorded it; null only for an event the ledger has no record of.</param>
public sealed record TrailEntry(
    Guid EventId, long Sequence, string Stream, long Version, string Type, DateTimeOffset Time, ActorRef? Actor)
{
    /// <summary>The bidder of a bid-stream event or of a score; null otherwise.</summary>
    public string? BidderId { get; init; }

    /// <summary>The expert of a score; null otherwise.</summary>
    public string? ExpertId { get; init; }

    /// <summary>What this entry modified; null when it modified nothing.</summary>
    public TrailTrace? Trace { get; init; }

    /// <summary>The later entry that replaced, withdrew or voided this one; null while it stands.</summary>
    public Guid? ModifiedBy { get; init; }

    /// <summary>For a refused action recorded in the actor's trail: the command, its target stream and the rule that refused it.</summary>
    public ActionRefused? Refusal { get; init; }
}
