namespace Ledger.Store.Verification;

internal sealed partial class Verification
{
    /// <summary>Each stream's last version, for Marten's stream heads: one entry per stream, not per event.</summary>
    private readonly Dictionary<string, long> heads = new(StringComparer.Ordinal);

    /// <summary>The previous event of the stream being read: all a chain check needs when events come in version order.</summary>
    private readonly byte[] lastHash = new byte[HashSize];
    private string? currentStream;
    private long lastVersion;
    private bool lastFlagged;
    private FindingLocation? lastAt;

    /// <summary>
    /// Checks an event against the one before it in its stream: no version skipped, <c>prev</c> the hash of
    /// the version before (from <see cref="prev"/> when <paramref name="hasPrev"/>), and a later version never
    /// earlier in the log. A flagged event's link, and the link after it, are not judged: that finding says it.
    /// </summary>
    private void Link(string name, long version, bool hasPrev, bool flagged, FindingLocation at, long position)
    {
        if (name != currentStream)
        {
            EndStream();
            (currentStream, lastVersion, lastFlagged, lastAt) = (name, 0, false, null);
        }
        var judge = !flagged && !lastFlagged;
        if (version > lastVersion + 1)
        {
            var missing = version - lastVersion == 2 ? $"version {lastVersion + 1} of {name} is missing" : $"versions {lastVersion + 1} to {version - 1} of {name} are missing";
            findings.Add(position, FindingKind.EventDeleted, at, lastVersion == 0 ? $"{missing}: the stream starts at version {version}" : $"{missing}: version {version} follows version {lastVersion}");
            judge = false;
        }
        if (judge && version == 1 && hasPrev)
        {
            findings.Add(position, FindingKind.OrderChanged, at, $"it is the first event of {name} yet names a previous event {Hex(prev)}");
        }
        else if (judge && version > 1 && !hasPrev)
        {
            findings.Add(position, FindingKind.OrderChanged, at, $"it is version {version} of {name} yet names no previous event");
        }
        else if (judge && version > 1 && !prev.AsSpan().SequenceEqual(lastHash))
        {
            findings.Add(position, FindingKind.OrderChanged, at, $"its prev {Hex(prev)} is not the hash {Hex(lastHash)} of version {version - 1}: the stream's chain is broken");
        }
        if (lastAt is not null && at.Leaf is { } leaf && lastAt.Leaf is null)
        {
            findings.Add(position, FindingKind.OrderChanged, at, $"it is sealed at leaf {leaf} while version {lastAt.Version}, before it, still waits to be sealed");
        }
        else if (lastAt?.Leaf is { } earlier && at.Leaf < earlier)
        {
            findings.Add(position, FindingKind.OrderChanged, at, $"it is at leaf {at.Leaf}, before version {lastAt.Version} at leaf {earlier}");
        }
        hash.CopyTo(lastHash, 0);
        (lastVersion, lastFlagged, lastAt) = (version, flagged, at);
    }

    private void EndStream()
    {
        if (currentStream is not null)
        {
            heads[currentStream] = lastVersion;
        }
    }
}
