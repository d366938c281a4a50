namespace Ledger.Projections.Detectors;

/// <summary>
/// A rule a detector applies: its stable id (what dashboards, configuration and evaluations key on) and its Chinese
/// title. Raising warnings through <see cref="Warn"/> keeps every warning's score in range and its events in one order.
/// </summary>
/// <param name="Id">Stable id, <c>family.kebab-name</c>; never reused for a different meaning.</param>
public sealed record DetectorRule(string Id, string Title)
{
    /// <summary>A warning of this rule, with <paramref name="score"/> clamped to [0, 1] and the events distinct and sorted.</summary>
    /// <exception cref="ArgumentException"><paramref name="score"/> is NaN.</exception>
    public Warning Warn(string subject, double score, string explanation, IEnumerable<Guid> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (double.IsNaN(score))
        {
            throw new ArgumentException($"rule {Id} computed a NaN score for {subject}", nameof(score));
        }
        return new Warning(Id, Title, subject, Math.Clamp(score, 0, 1), explanation, [.. events.Distinct().Order()]);
    }
}
