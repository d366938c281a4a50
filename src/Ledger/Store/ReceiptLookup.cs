using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Store;

/// <summary>What the ledger can show for an event id: nothing, its signed promise while it waits, or its full receipt once sealed.</summary>
public sealed record ReceiptLookup(SignedNote? Promise, Receipt? Receipt)
{
    public static ReceiptLookup NotFound { get; } = new(null, null);

    public bool Found => Promise is not null;

    public bool IsSealed => Receipt is not null;
}
