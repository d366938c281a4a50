using Ledger.Evidence.Merkle;

namespace Ledger.Store.Verification;

internal sealed partial class Verification
{
    /// <summary>
    /// One pass over the stored tree in key order, level 0 first. Each stored leaf is compared with the
    /// event's hash at that index, or, where the event row is gone, taken in its place (after saying so), so
    /// that a deleted row costs one finding and not a mismatch in every block after it. Then the tree is
    /// rebuilt and each stored node above the leaves compared with it; every level should hold exactly
    /// ⌊n / 2^level⌋ nodes. Judging waits until the roots have been checked against the blocks.
    /// </summary>
    private async Task VerifyTreeAsync(CancellationToken ct)
    {
        var holes = Holes();
        var anomalies = new List<LeafAnomaly>();
        var differing = new List<(NodeId Id, byte[] Stored, byte[] Rebuilt)>();
        var runs = new NodeRuns(this);
        var (level, next, built) = (0, 0L, false);
        await using (var command = Command($"SELECT level, idx, hash FROM {schema}.ledger_nodes ORDER BY level, idx"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var id = new NodeId(reader.GetInt32(0), reader.GetInt64(1));
                if (id.Level > 0 && !built)
                {
                    EndLeaves(runs, next, holes);
                    (level, next, built) = (1, 0, true);
                }
                for (; level < id.Level; (level, next) = (level + 1, 0))
                {
                    runs.Missing(level, next, tree.Width(level));
                }
                if (id.Index >= (id.Level == 0 ? tree.Count : tree.Width(id.Level)))
                {
                    runs.Stray(id);
                    continue;
                }
                if (id.Level == 0)
                {
                    MissingLeaves(runs, next, id.Index);
                }
                else
                {
                    runs.Missing(id.Level, next, id.Index);
                }
                next = id.Index + 1;
                var stored = reader.GetFieldValue<byte[]>(2);
                if (id.Level == 0 && !tree.IsKnown(id.Index))
                {
                    tree.SetLeaf(id.Index, stored);
                }
                else if (id.Level == 0 && !suspects.Contains(id.Index) && !tree.Leaf(id.Index).SequenceEqual(stored))
                {
                    suspects.Add(id.Index);
                    anomalies.Add(new LeafAnomaly(id.Index, tree.Leaf(id.Index).ToArray(), stored));
                }
                else if (id.Level > 0 && tree.TryNode(id, out var rebuilt) && !rebuilt.SequenceEqual(stored))
                {
                    differing.Add((id, stored, rebuilt.ToArray()));
                }
            }
        }
        if (!built)
        {
            EndLeaves(runs, next, holes);
            (level, next) = (1, 0);
        }
        for (; level < tree.Levels; (level, next) = (level + 1, 0))
        {
            runs.Missing(level, next, tree.Width(level));
        }
        JudgeBeyond(runs);
        CheckRoots();
        await JudgeAsync(anomalies, ct);
        foreach (var (id, stored, rebuilt) in differing.Where(d => !AnySuspect(d.Id.FirstLeaf, d.Id.FirstLeaf + d.Id.LeafCount)))
        {
            findings.Add(id.FirstLeaf, FindingKind.TreeAltered, new FindingLocation { Node = id, Leaf = id.FirstLeaf },
                $"the stored node holds {Hex(stored)}, but leaves {id.FirstLeaf} to {id.FirstLeaf + id.LeafCount - 1} give {Hex(rebuilt)}");
        }
    }

    /// <summary>The runs of leaves no event row supplied, found before the stored tree is read.</summary>
    private List<(long From, long To)> Holes()
    {
        var holes = new List<(long From, long To)>();
        for (var leaf = 0L; leaf < tree.Count; leaf++)
        {
            if (tree.IsKnown(leaf))
            {
                continue;
            }
            var from = leaf;
            while (leaf + 1 < tree.Count && !tree.IsKnown(leaf + 1))
            {
                leaf++;
            }
            holes.Add((from, leaf));
        }
        return holes;
    }

    /// <summary>Stored leaves missing in [from, to): a gap under an event is the tree's loss; under a hole it is told with the hole.</summary>
    private void MissingLeaves(NodeRuns runs, long from, long to)
    {
        var leaf = from;
        while (leaf < to)
        {
            if (!tree.IsKnown(leaf))
            {
                leaf++;
                continue;
            }
            var start = leaf;
            while (leaf < to && tree.IsKnown(leaf))
            {
                leaf++;
            }
            runs.Missing(0, start, leaf);
        }
    }

    /// <summary>Level 0 is read: report each hole and what of it the stored tree kept, then rebuild the tree.</summary>
    private void EndLeaves(NodeRuns runs, long next, List<(long From, long To)> holes)
    {
        MissingLeaves(runs, next, tree.Count);
        foreach (var (from, to) in holes)
        {
            var kept = 0L;
            for (var leaf = from; leaf <= to; leaf++)
            {
                if (tree.IsKnown(leaf))
                {
                    kept++;
                }
                else
                {
                    suspects.Add(leaf);
                }
            }
            var count = to - from + 1;
            var what = count == 1 ? $"leaf {from} has no event: its event row is gone" : $"leaves {from} to {to} have no events: {count} event rows are gone";
            var trace = (count, kept) switch
            {
                (1, 0) => "and so is its stored leaf node",
                (1, _) => "while the stored tree still holds its hash",
                (_, 0) => "and so are their stored leaf nodes",
                _ when kept == count => "while the stored tree still holds their hashes",
                _ => $"while the stored tree still holds {kept} of their hashes",
            };
            findings.Add(from, FindingKind.EventDeleted, new FindingLocation { Leaf = from }, $"{what}, {trace}");
        }
        tree.Build();
    }

    /// <summary>A sealed event whose hash is not the stored leaf at its index: judged once the rebuilt roots are checked against the blocks.</summary>
    private sealed record LeafAnomaly(long Leaf, byte[] Hash, byte[] StoredLeaf);
}
