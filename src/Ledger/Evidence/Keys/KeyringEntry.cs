using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Keys;

/// <summary>
/// One published key with its life: valid from <see cref="ValidFrom"/>, until <see cref="ValidUntil"/> if
/// it was rotated out, and revoked at <see cref="RevokedAt"/> if it was compromised. Like an e-seal's
/// status (valid / revoked), anyone can check it.
/// </summary>
public sealed record KeyringEntry(
    VerifierKey Key,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil = null,
    DateTimeOffset? RevokedAt = null,
    string? RevocationReason = null)
{
    /// <summary>Whether the key is in service at <paramref name="time"/>: valid, not yet retired, not revoked.</summary>
    public bool InServiceAt(DateTimeOffset time) =>
        time >= ValidFrom && !(RevokedAt is { } revoked && time >= revoked) && !(ValidUntil is { } until && time >= until);

    /// <summary>Whether a signature dated <paramref name="signedAt"/> by this key can be trusted, and if not, why.</summary>
    public Verdict CheckAt(DateTimeOffset signedAt)
    {
        if (InServiceAt(signedAt))
        {
            return Verdict.Valid;
        }
        if (signedAt < ValidFrom)
        {
            return Verdict.Invalid($"key {Key.Handle} signed at {signedAt:O}, before it became valid at {ValidFrom:O}");
        }
        if (RevokedAt is { } revoked && signedAt >= revoked)
        {
            return Verdict.Invalid($"key {Key.Handle} signed at {signedAt:O}, after its revocation at {revoked:O}{(RevocationReason is null ? "" : $" ({RevocationReason})")}");
        }
        if (ValidUntil is { } until && signedAt >= until)
        {
            return Verdict.Invalid($"key {Key.Handle} signed at {signedAt:O}, after it was retired at {until:O}");
        }
        return Verdict.Valid;
    }
}
