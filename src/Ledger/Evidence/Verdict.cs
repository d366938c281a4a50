namespace Ledger.Evidence;

/// <summary>
/// The outcome of a check: valid, or invalid with a sentence naming what failed and where (the proof step,
/// the signature, the field). Checks return verdicts instead of throwing so a caller cannot mistake a
/// forged proof for a crash, and so a verifier can report the first failure exactly.
/// </summary>
public readonly record struct Verdict
{
    private Verdict(string? failure) => Failure = failure;

    public static Verdict Valid => default;

    /// <summary>Null when valid; otherwise what failed, first thing first.</summary>
    public string? Failure { get; }

    public bool IsValid => Failure is null;

    public static Verdict Invalid(string failure) => new(failure);

    /// <summary>Prefixes a failure with where it happened; a valid verdict stays valid.</summary>
    public Verdict In(string context) => IsValid ? this : Invalid($"{context}: {Failure}");

    public override string ToString() => Failure ?? "valid";
}
