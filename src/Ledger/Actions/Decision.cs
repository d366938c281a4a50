namespace Ledger.Actions;

/// <summary>
/// What a command decided against its stream's state: the events to append, or a refusal with a precise
/// reason. A refusal appends nothing to the business stream; when it matters for audit (a late bid, an
/// action by the wrong role) <see cref="RecordInTrail"/> asks the store to record it in the actor's trail.
/// </summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<object> events, string? refusal, bool recordInTrail)
    {
        Events = events;
        Refusal = refusal;
        RecordInTrail = recordInTrail;
    }

    public IReadOnlyList<object> Events { get; }

    /// <summary>Null when accepted; otherwise the reason, one sentence naming the rule and the values.</summary>
    public string? Refusal { get; }

    public bool RecordInTrail { get; }

    public bool IsAccepted => Refusal is null;

    public static Decision Accept(params object[] events) =>
        events.Length == 0 ? throw new ArgumentException("an accepted command appends at least one event", nameof(events)) : new(events, null, false);

    public static Decision Refuse(string reason, bool recordInTrail = false) => new([], reason, recordInTrail);
}
