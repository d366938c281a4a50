using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Store;

/// <summary>
/// What the ledger can show for an event id: nothing, its signed promise while it waits, or its full receipt once sealed;
/// with the event's canonical text, which says who acted (and so who may see the receipt).
/// </summary>
public sealed record ReceiptLookup(SignedNote? Promise, Receipt? Receipt, string? Event)
{
    public static ReceiptLookup NotFound { get; } = new(null, null, null);

    public bool Found => Promise is not null;

    public bool IsSealed => Receipt is not null;
}
