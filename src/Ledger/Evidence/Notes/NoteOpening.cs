namespace Ledger.Evidence.Notes;

/// <summary>What opening a signed note found: its verdict, who verified, and who signed but is not trusted.</summary>
public sealed class NoteOpening
{
    private NoteOpening(Verdict verdict, IReadOnlyList<(NoteSignature Signature, VerifierKey Key)> verified, IReadOnlyList<NoteSignature> unverified)
    {
        Verdict = verdict;
        Verified = verified;
        Unverified = unverified;
    }

    public Verdict Verdict { get; }

    public IReadOnlyList<(NoteSignature Signature, VerifierKey Key)> Verified { get; }

    public IReadOnlyList<NoteSignature> Unverified { get; }

    internal static NoteOpening Failed(string reason) => new(Verdict.Invalid(reason), [], []);

    internal static NoteOpening Opened(IReadOnlyList<(NoteSignature, VerifierKey)> verified, IReadOnlyList<NoteSignature> unverified) =>
        new(Verdict.Valid, verified, unverified);
}
