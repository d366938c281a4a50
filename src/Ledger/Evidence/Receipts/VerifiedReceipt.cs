using Ledger.Evidence.Blocks;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Receipts;

/// <summary>A receipt whose event is proven to be in a block signed by <see cref="SignedBy"/>.</summary>
public sealed record VerifiedReceipt(Receipt Receipt, EvidenceBlock Block, VerifierKey SignedBy);
