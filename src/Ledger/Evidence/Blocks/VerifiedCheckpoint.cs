using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Blocks;

/// <summary>A checkpoint whose log signature has been verified; <see cref="Block"/> is set when it is one of our blocks.</summary>
public sealed record VerifiedCheckpoint(SignedNote Note, Checkpoint Checkpoint, EvidenceBlock? Block, VerifierKey SignedBy);
