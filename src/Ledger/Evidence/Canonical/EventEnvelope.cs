namespace Ledger.Evidence.Canonical;

/// <summary>
/// What the ledger says about an event besides its data: its type, its stream and version there, when it was
/// recorded, and the event hash of the stream's previous event, which chains each stream so that one stream's
/// history cannot be reordered or cut without breaking the next hash.
/// </summary>
/// <param name="Type">Event type name, e.g. bid.submitted.</param>
/// <param name="Stream">Stream key, e.g. the tender's id.</param>
/// <param name="Version">1 for a stream's first event, then one more per event.</param>
/// <param name="Time">When the ledger recorded it, to the microsecond.</param>
/// <param name="Previous">Event hash of version − 1; null exactly when <paramref name="Version"/> is 1.</param>
public sealed record EventEnvelope(string Type, string Stream, long Version, DateTimeOffset Time, byte[]? Previous)
{
    public bool Equals(EventEnvelope? other) =>
        other is not null && Type == other.Type && Stream == other.Stream && Version == other.Version
        && Time.Equals(other.Time)
        && (Previous is null ? other.Previous is null : other.Previous is not null && Previous.AsSpan().SequenceEqual(other.Previous));

    public override int GetHashCode() => HashCode.Combine(Type, Stream, Version, Time);
}
