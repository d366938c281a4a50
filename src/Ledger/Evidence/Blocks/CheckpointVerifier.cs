using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Blocks;

/// <summary>
/// Opens a signed checkpoint under a log's key: the note must parse, the log's key must have signed it,
/// and the body must be a checkpoint. Works for any C2SP log; when the checkpoint is one of our blocks
/// its chain fields are read too, and a keyring checks the key's validity at the block's time.
/// </summary>
public static class CheckpointVerifier
{
    public static Outcome<VerifiedCheckpoint> Open(string note, VerifierKey logKey, Keyring? keyring = null)
    {
        if (!SignedNote.TryParse(note, out var signed, out var parseError))
        {
            return Outcome<VerifiedCheckpoint>.Unusable($"signed note: {parseError}");
        }
        if (!Checkpoint.TryParse(signed.Text, out var checkpoint, out var checkpointError))
        {
            return Outcome<VerifiedCheckpoint>.Unusable(checkpointError);
        }
        var opening = signed.Open([logKey]);
        if (!opening.Verdict.IsValid)
        {
            return Outcome<VerifiedCheckpoint>.Invalid($"checkpoint signature: {opening.Verdict.Failure}");
        }
        EvidenceBlock? block = null;
        if (checkpoint.Extensions.Count > 0 && checkpoint.Extensions[0].StartsWith("suite ", StringComparison.Ordinal))
        {
            if (!EvidenceBlock.TryFrom(checkpoint, out block, out var blockError))
            {
                return Outcome<VerifiedCheckpoint>.Invalid($"signed block: {blockError}");
            }
        }
        if (keyring is not null)
        {
            if (block is null)
            {
                return Outcome<VerifiedCheckpoint>.Unusable("a keyring checks key validity at a block's time, and this checkpoint carries no time");
            }
            var entry = keyring.Find(logKey);
            if (entry is null)
            {
                return Outcome<VerifiedCheckpoint>.Invalid($"key {logKey.Handle} is not in the keyring");
            }
            var validity = entry.CheckAt(block.Time);
            if (!validity.IsValid)
            {
                return Outcome<VerifiedCheckpoint>.Invalid($"block {block.Height}: {validity.Failure}");
            }
        }
        return Outcome<VerifiedCheckpoint>.Ok(new VerifiedCheckpoint(signed, checkpoint, block, logKey));
    }
}
