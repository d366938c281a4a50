using Ledger.Evidence.Merkle;

namespace Ledger.Store.Verification;

internal sealed partial class Verification
{
    /// <summary>Each trusted block's root against the rebuilt tree; a mismatch no doubtful leaf explains is the block's own finding.</summary>
    private void CheckRoots()
    {
        foreach (var block in trusted)
        {
            var root = tree.Root(block.Size);
            if (root is null)
            {
                // A leaf under it is unknown: its deletion is reported already.
                continue;
            }
            block.RootMatches = root.AsSpan().SequenceEqual(block.Root);
            if (block.RootMatches == false && !AnySuspect(0, block.Size))
            {
                findings.Add(block.Size - 1, FindingKind.BlockAltered, new FindingLocation { Height = block.Height },
                    $"it signs root {Hex(block.Root)} for {block.Size} leaves, but the events in the store and their stored leaves give {Hex(root)}");
            }
        }
    }

    /// <summary>
    /// Judges each leaf where the event and the stored leaf disagree. If the first trusted block over it still
    /// matches the events, the stored leaf was altered; otherwise the event was, or it was moved here from the
    /// leaf where the stored tree has its hash.
    /// </summary>
    private async Task JudgeAsync(List<LeafAnomaly> anomalies, CancellationToken ct)
    {
        if (anomalies.Count == 0)
        {
            return;
        }
        var located = await EventsAtAsync(anomalies.Select(a => a.Leaf).ToArray(), ct);
        var byHash = anomalies.GroupBy(a => Convert.ToHexString(a.Hash)).ToDictionary(g => g.Key, g => g.First().Leaf);
        foreach (var anomaly in anomalies)
        {
            var leaf = anomaly.Leaf;
            var at = located.GetValueOrDefault(leaf) ?? new FindingLocation { Leaf = leaf };
            var block = trusted.FirstOrDefault(b => b.Size > leaf);
            if (block?.RootMatches == true)
            {
                suspects.Remove(leaf);
                findings.Add(leaf, FindingKind.TreeAltered, at with { Node = new NodeId(0, leaf) },
                    $"its stored leaf node holds {Hex(anomaly.StoredLeaf)}, but block {block.Height} confirms the event's hash {Hex(anomaly.Hash)}");
            }
            else if (byHash.TryGetValue(Convert.ToHexString(anomaly.StoredLeaf), out var from) && from != leaf)
            {
                var moved = located.GetValueOrDefault(from);
                findings.Add(leaf, FindingKind.OrderChanged, at,
                    $"the log's leaf {leaf} is the hash of the event now at leaf {from} ({moved?.EventId}, version {moved?.Version} of {moved?.Stream}): events were moved between leaves");
            }
            else
            {
                var signedBy = block is null ? "no trusted block covers it" : $"block {block.Height} does not confirm it";
                findings.Add(leaf, FindingKind.EventModified, at,
                    $"its hash {Hex(anomaly.Hash)} is not the log's leaf {Hex(anomaly.StoredLeaf)} and {signedBy}: the event was changed after sealing, its recorded hash with it");
            }
        }
    }

    private async Task<Dictionary<long, FindingLocation>> EventsAtAsync(long[] leaves, CancellationToken ct)
    {
        var found = new Dictionary<long, FindingLocation>();
        await using var command = Command($"SELECT l.leaf_index, e.event_id, e.stream, e.version FROM {schema}.ledger_leaves l JOIN {schema}.ledger_events e ON e.event_id = l.event_id WHERE l.leaf_index = ANY($1)");
        command.Parameters.AddWithValue(leaves);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var leaf = reader.GetInt64(0);
            found[leaf] = new FindingLocation { Leaf = leaf, EventId = reader.GetGuid(1), Stream = reader.GetString(2), Version = reader.GetInt64(3) };
        }
        return found;
    }

    /// <summary>
    /// Sealed events past the newest block. If the stored tree holds their leaves, the sealer wrote them with
    /// a block that is gone: one block finding, which the stray nodes only repeat. Otherwise their leaf indexes
    /// were set by hand.
    /// </summary>
    private void JudgeBeyond(NodeRuns runs)
    {
        if (beyond is { } b && runs.StrayLeaves >= b.Count)
        {
            var leaves = b.First == b.Last ? $"leaf {b.First} is sealed and in the stored tree, but no block covers it" : $"leaves {b.First} to {b.Last} are sealed and in the stored tree, but no block covers them";
            var lost = newestHeight < 0 ? "every block was deleted" : $"the newest block(s) after block {newestHeight} were deleted";
            findings.Add(newestSize, FindingKind.BlockAltered, new FindingLocation { Height = newestHeight + 1, Leaf = b.First }, $"{leaves}: {lost}");
            return;
        }
        if (beyond is { } set)
        {
            findings.Add(set.First, FindingKind.EventInserted, set.At,
                $"{set.Count} event(s) at leaves {set.First} to {set.Last} lie beyond the newest block's {newestSize} leaves, and the stored tree has no leaf for them: their leaf indexes were set outside the sealer");
        }
        runs.Flush();
    }

    /// <summary>Gathers missing and stray stored nodes into runs, one finding per run; stray runs wait for <see cref="JudgeBeyond"/>.</summary>
    private sealed class NodeRuns(Verification verification)
    {
        private readonly List<(NodeId First, long Count)> strays = [];

        /// <summary>Stored leaves past the tree the blocks cover.</summary>
        public long StrayLeaves { get; private set; }

        public void Missing(int level, long from, long toExclusive)
        {
            if (from >= toExclusive)
            {
                return;
            }
            var id = new NodeId(level, from);
            var what = toExclusive - from == 1 ? $"node {id} is" : $"nodes {id} to {new NodeId(level, toExclusive - 1)} are";
            verification.findings.Add(id.FirstLeaf, FindingKind.TreeAltered, new FindingLocation { Node = id, Leaf = id.FirstLeaf }, $"{what} missing from the stored tree");
        }

        public void Stray(NodeId id)
        {
            StrayLeaves += id.Level == 0 ? 1 : 0;
            if (strays.Count > 0 && strays[^1] is var (first, count) && first.Level == id.Level && first.Index + count == id.Index)
            {
                strays[^1] = (first, count + 1);
                return;
            }
            strays.Add((id, 1));
        }

        public void Flush()
        {
            foreach (var (id, count) in strays)
            {
                var what = count == 1 ? $"node {id} lies" : $"nodes {id} to {new NodeId(id.Level, id.Index + count - 1)} lie";
                verification.findings.Add(FindingList.Store, FindingKind.TreeAltered, new FindingLocation { Node = id },
                    $"{what} outside the tree of {verification.tree.Count} leaves that the blocks cover");
            }
        }
    }
}
