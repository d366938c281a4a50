namespace Ledger.Access;

/// <summary>
/// What a read reached, named so that the views and the detectors can place it: tender data by <see cref="TenderId"/>
/// (and <see cref="BidderId"/> for one bid), everything else by <see cref="Id"/>. Build it with the factory of its
/// kind; each kind has one spelling, the fields it does not use are null (<see cref="Problem"/> checks it).
/// </summary>
/// <param name="TenderId">The tender whose data was read; null for data of no tender.</param>
/// <param name="BidderId">For a sealed bid or bid prices: whose; null for every bidder of the tender.</param>
/// <param name="Id">The person, organisation, standardised address or property, case, event (with the JSON pointer of a
/// personal field: <c>{eventId}/meta/actor/personName</c>), warning query or export scope read.</param>
public sealed record ReadSubject(ReadKind Kind, string? TenderId, string? BidderId, string? Id)
{
    /// <summary>Longest id or scope accepted: ids are short; a scope names a few events or a warning.</summary>
    public const int MaxLength = 200;

    public static ReadSubject TenderTrail(string tenderId) => new(ReadKind.TenderTrail, tenderId, null, null);

    /// <param name="bidderId">Null for every sealed bid of the tender.</param>
    public static ReadSubject SealedBid(string tenderId, string? bidderId) => new(ReadKind.SealedBid, tenderId, bidderId, null);

    /// <param name="bidderId">Null for every price of the tender.</param>
    public static ReadSubject BidPrices(string tenderId, string? bidderId) => new(ReadKind.BidPrices, tenderId, bidderId, null);

    public static ReadSubject ExpertPanel(string tenderId) => new(ReadKind.ExpertPanel, tenderId, null, null);

    public static ReadSubject PersonTimeline(string personId) => new(ReadKind.PersonTimeline, null, null, personId);

    public static ReadSubject OrganisationTimeline(string organisation) => new(ReadKind.OrganisationTimeline, null, null, organisation);

    /// <param name="id">A standardised address id or a property id.</param>
    public static ReadSubject AddressRegister(string id) => new(ReadKind.AddressRegister, null, null, id);

    public static ReadSubject ApprovalCase(string caseId) => new(ReadKind.ApprovalCase, null, null, caseId);

    /// <param name="tenderId">The tender whose warnings were read; null for a query over all.</param>
    /// <param name="query">The filter as given (<c>rule=…&amp;subject=…</c>); null for none.</param>
    public static ReadSubject Warnings(string? tenderId, string? query) => new(ReadKind.Warnings, tenderId, null, query);

    /// <param name="path">The JSON pointer of the disclosed field, such as <c>/meta/actor/personName</c>; null for every personal field of the event.</param>
    public static ReadSubject PersonalData(Guid eventId, string? path) => new(ReadKind.PersonalData, null, null, $"{eventId:D}{path}");

    /// <param name="scope">What the package holds: <c>warning:{id}</c>, <c>events:{id},{id}</c>, <c>tender:{id}</c>.</param>
    /// <param name="tenderId">The tender the package is about, if it is about one.</param>
    public static ReadSubject EvidenceExport(string scope, string? tenderId) => new(ReadKind.EvidenceExport, tenderId, null, scope);

    /// <summary>What is wrong with the subject, in one sentence, or null.</summary>
    public string? Problem()
    {
        if (!Enum.IsDefined(Kind))
        {
            return $"read kind {(int)Kind} is not one of {string.Join(", ", Enum.GetNames<ReadKind>())}";
        }
        var (tender, bidder, id) = Kind switch
        {
            ReadKind.TenderTrail or ReadKind.ExpertPanel => (Use.Needed, Use.None, Use.None),
            ReadKind.SealedBid or ReadKind.BidPrices => (Use.Needed, Use.Optional, Use.None),
            ReadKind.Warnings => (Use.Optional, Use.None, Use.Optional),
            ReadKind.EvidenceExport => (Use.Optional, Use.None, Use.Needed),
            _ => (Use.None, Use.None, Use.Needed),
        };
        return Field("tender id", TenderId, tender, streamPart: true)
            ?? Field("bidder id", BidderId, bidder, streamPart: true)
            ?? Field(Kind is ReadKind.EvidenceExport ? "scope" : Kind is ReadKind.Warnings ? "query" : "id", Id, id, streamPart: false);
    }

    private string? Field(string name, string? value, Use use, bool streamPart) => (value, use) switch
    {
        (null, Use.Needed) => $"a {Kind} read must name its {name}",
        (null, _) => null,
        (_, Use.None) => $"a {Kind} read has no {name}",
        _ when string.IsNullOrWhiteSpace(value) || value.Length > MaxLength || value.Any(char.IsControl) =>
            $"{name} \"{value}\" must be 1 to {MaxLength} characters without control characters",
        _ when streamPart && value.Contains('/') => $"{name} \"{value}\" must not contain '/'",
        _ => null,
    };

    private enum Use
    {
        None,
        Optional,
        Needed,
    }
}
