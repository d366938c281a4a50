namespace Ledger.Projections.Detectors.Market;

/// <summary>The period market indicators are grouped by; keys are <c>2026-03</c>, <c>2026-Q1</c>, <c>2026</c>.</summary>
public enum MarketPeriod
{
    Month,
    Quarter,
    Year,
}
