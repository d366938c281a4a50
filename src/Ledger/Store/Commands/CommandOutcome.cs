namespace Ledger.Store.Commands;

/// <summary>What a command did: the promises of the events it appended, or why it was refused.</summary>
public sealed record CommandOutcome(IReadOnlyList<SignedPromise> Promises, string? Refusal)
{
    public bool IsAccepted => Refusal is null;
}
