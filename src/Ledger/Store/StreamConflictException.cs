namespace Ledger.Store;

/// <summary>Another append reached the stream first: the caller re-reads the stream and decides again.</summary>
public sealed class StreamConflictException(string stream, long expectedVersion, Exception inner)
    : Exception($"stream {stream} is no longer at version {expectedVersion}: another action was recorded first", inner)
{
    public string Stream { get; } = stream;

    public long ExpectedVersion { get; } = expectedVersion;
}
