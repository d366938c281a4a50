using Ledger.Access;
using Ledger.Actions;
using Ledger.Projections.Detectors.Reads;
using Ledger.Projections.Views;

namespace Ledger.Projections.Warnings;

/// <summary>
/// How a recorded <see cref="DataRead"/> reaches the Art. 41 detectors: reads of sealed bids (a price before the opening
/// is sealed bid data too) and of the expert panel, in the capacity the reader acted in. Reads of other data (the trail,
/// timelines, exports) are shown by the views but judged by no read rule, so the tender's inputs do not keep them.
/// </summary>
internal static class RecordedReads
{
    /// <summary>The tender whose detector inputs the read feeds, or null when no read rule judges it.</summary>
    public static string? TenderOf(DataRead read) => Target(read.Subject.Kind) is ReadTarget.Other ? null : read.Subject.TenderId;

    /// <summary>The read as the detector takes it; the reader is the organisation of the ledger's recorded actor.</summary>
    public static ReadRecord Of(Guid eventId, DateTimeOffset at, ActorRef? actor, DataRead read) =>
        new(eventId, actor?.Organisation ?? "unknown", actor is null ? ReaderRole.Other : RoleOf(actor.Role), Target(read.Subject.Kind), read.Subject.BidderId, at)
        {
            Denied = read.Outcome == AccessOutcome.Denied,
        };

    private static ReadTarget Target(ReadKind kind) => kind switch
    {
        ReadKind.SealedBid or ReadKind.BidPrices => ReadTarget.SealedBid,
        ReadKind.ExpertPanel => ReadTarget.ExpertPanel,
        _ => ReadTarget.Other,
    };

    private static ReaderRole RoleOf(Role role) => role switch
    {
        Role.Tenderer => ReaderRole.Tenderer,
        Role.TenderAgent => ReaderRole.TenderAgent,
        Role.Bidder => ReaderRole.Bidder,
        Role.CentreOperator => ReaderRole.CentreOperator,
        Role.Supervisor or Role.DisciplineInspector or Role.Auditor => ReaderRole.Supervisor,
        Role.Expert => ReaderRole.Expert,
        _ => ReaderRole.Other,
    };
}
