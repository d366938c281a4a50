namespace Ledger.Evidence;

/// <summary>The ledger's precision for time: UTC, whole microseconds (PostgreSQL's), so a time has one spelling everywhere.</summary>
public static class LedgerTime
{
    public static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.UtcTicks;
        return new DateTimeOffset(utc - utc % 10, TimeSpan.Zero);
    }
}
