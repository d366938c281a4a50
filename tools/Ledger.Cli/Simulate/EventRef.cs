using Ledger.Access;
using Ledger.Addresses;
using Ledger.Approvals;
using Ledger.Bidding;

namespace Ledger.Cli.Simulate;

/// <summary>
/// An event the plan expects the run to append, named before the ledger gives it an id: its stream, its type and, where
/// a stream holds several of a type, what tells them apart (the expert and bidder of a score, the step of a review).
/// </summary>
internal sealed record EventRef(string Stream, string Type, string? Detail = null)
{
    public static EventRef Tender(string tenderId, string type, string? detail = null) => new(BiddingStreams.TenderStream(tenderId), type, detail);

    public static EventRef Bid(string tenderId, string bidderId, string type) => new(BiddingStreams.BidStream(tenderId, bidderId), type);

    public static EventRef Property(string propertyId, string type) => new(AddressStreams.PropertyStream(propertyId), type);

    public static EventRef Registration(string applicationId, string type) => new(AddressStreams.RegistrationStream(applicationId), type);

    public static EventRef Case(string caseId, string type, string? detail = null) => new(ApprovalStreams.CaseStream(caseId), type, detail);

    /// <summary>A read recorded in the reader's trail; <paramref name="detail"/> tells that person's reads apart.</summary>
    public static EventRef Read(string personId, string detail) => new(ActorTrail.Stream(personId), nameof(DataRead), detail);

    public override string ToString() => Detail is null ? $"{Stream} {Type}" : $"{Stream} {Type} ({Detail})";
}
