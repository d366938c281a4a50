namespace Ledger.Projections.Detectors.Evaluation;

/// <summary>
/// Stratified k-fold split: every fold's test part holds the collusive and the competitive cases in about the
/// proportions of the whole (class counts differ by at most one between folds), which matters when collusive cases
/// are few. Seeded and independent of the runtime's <see cref="Random"/>, so an evaluation reproduces on any
/// machine and any .NET version.
/// </summary>
public static class StratifiedKFold
{
    /// <summary>
    /// The <paramref name="folds"/> folds of <paramref name="labels"/>: each class shuffled (Fisher–Yates driven by
    /// SplitMix64 from <paramref name="seed"/>), then dealt round-robin, the second class continuing where the first
    /// stopped so that fold sizes differ by at most one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 folds, or more folds than cases.</exception>
    public static IReadOnlyList<Fold> Split(IReadOnlyList<bool> labels, int folds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (folds < 2 || folds > labels.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"need 2 to {labels.Count} folds for {labels.Count} cases");
        }
        var state = seed;
        var assigned = new int[labels.Count];
        var next = 0;
        foreach (var label in new[] { true, false })
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == label).ToArray();
            for (var i = members.Length - 1; i > 0; i--)
            {
                var j = (int)(NextRandom(ref state) % (ulong)(i + 1));
                (members[i], members[j]) = (members[j], members[i]);
            }
            foreach (var member in members)
            {
                assigned[member] = next;
                next = (next + 1) % folds;
            }
        }
        return
        [
            .. Enumerable.Range(0, folds).Select(f => new Fold(
                f,
                [.. Enumerable.Range(0, labels.Count).Where(i => assigned[i] != f)],
                [.. Enumerable.Range(0, labels.Count).Where(i => assigned[i] == f)])),
        ];
    }

    /// <summary>SplitMix64 (Steele, Lea &amp; Flood 2014); the additions and multiplication wrap by design.</summary>
    private static ulong NextRandom(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
