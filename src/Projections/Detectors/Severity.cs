namespace Ledger.Projections.Detectors;

/// <summary>
/// The two score shapes shared by threshold rules: exactly 0.5 at the threshold, rising towards 1 as the value moves
/// further past it, so a rule's warnings rank by how far past the threshold they are.
/// </summary>
internal static class Severity
{
    /// <summary>For rules that fire at <c>value ≤ threshold</c>: <c>1 − value / (2·threshold)</c>; 1 at value 0.</summary>
    public static double Below(double value, double threshold) => threshold <= 0 ? 1 : 1 - (Math.Max(value, 0) / (2 * threshold));

    /// <summary>For rules that fire at <c>value ≥ threshold</c>: <c>1 − threshold / (2·value)</c>; tends to 1.</summary>
    public static double Above(double value, double threshold) => value <= 0 ? 0 : 1 - (threshold / (2 * value));

    /// <summary>For counts that fire at <c>count ≥ threshold</c>: <c>count / (count + threshold)</c>.</summary>
    public static double Count(double count, double threshold) => count <= 0 ? 0 : count / (count + threshold);
}
