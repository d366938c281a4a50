using Ledger.Access;
using Ledger.Store.Commands;

namespace Ledger.Projections.Views.Tenders;

/// <summary>
/// One event of a tender's trail, from its tender stream or one of its bid streams, or from a reader's or actor's trail: a
/// recorded read of the tender's data, or a refused action aimed at it.
/// </summary>
/// <param name="EventId">The receipt reference: the Marten event id <c>GET /receipts/{eventId}</c> takes.</param>
/// <param name="Sequence">Marten's global sequence, the trail's order across the tender's streams.</param>
/// <param name="Time">When the ledger recorded it: the time its receipt proves.</param>
/// <param name="Actor">Who recorded it; null only for an event the ledger has no record of.</param>
public sealed record TrailEntry(
    Guid EventId, long Sequence, string Stream, long Version, string Type, DateTimeOffset Time, ActorRef? Actor)
{
    /// <summary>The bidder of a bid-stream event, of a score or of a read bid; null otherwise.</summary>
    public string? BidderId { get; init; }

    /// <summary>The expert of a score; null otherwise.</summary>
    public string? ExpertId { get; init; }

    /// <summary>What this entry modified; null when it modified nothing.</summary>
    public TrailTrace? Trace { get; init; }

    /// <summary>The later entry that replaced, withdrew or voided this one; null while it stands.</summary>
    public Guid? ModifiedBy { get; init; }

    /// <summary>For a refused action recorded in the actor's trail: the command, its target stream and the rule that refused it.</summary>
    public ActionRefused? Refusal { get; init; }

    /// <summary>For a recorded read of the tender's data: what was read, the stated purpose, and whether it was granted or
    /// denied (with the rule that denied it). Who read, in which role and when are <see cref="Actor"/> and <see cref="Time"/>.</summary>
    public DataRead? Read { get; init; }
}
