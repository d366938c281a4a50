namespace Ledger.Projections.Detectors;

/// <summary>The one order detectors return warnings in, so that reruns over the same events compare equal.</summary>
internal static class WarningOrder
{
    public static IReadOnlyList<Warning> Sort(IEnumerable<Warning> warnings) =>
    [
        .. warnings
            .OrderBy(w => w.Rule, StringComparer.Ordinal)
            .ThenBy(w => w.Subject, StringComparer.Ordinal)
            .ThenByDescending(w => w.Score)
            .ThenBy(w => w.Explanation, StringComparer.Ordinal),
    ];
}
