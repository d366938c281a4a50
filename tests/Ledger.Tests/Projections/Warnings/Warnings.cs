using Ledger.Projections.Warnings;
using Ledger.Tests.Projections.Views;
using Marten;

namespace Ledger.Tests.Projections.Warnings;

/// <summary>Reads warning records once the async daemon has brought them to what a test waits for.</summary>
internal static class Warnings
{
    /// <summary>The records <paramref name="select"/> picks, ordered by id, once <paramref name="ready"/> holds of them.</summary>
    public static Task<IReadOnlyList<WarningRecord>> WhenAsync(
        ViewLedger ledger, Func<IQueryable<WarningRecord>, IQueryable<WarningRecord>> select, Func<IReadOnlyList<WarningRecord>, bool> ready) =>
        ledger.WhenCaughtUpAsync<IReadOnlyList<WarningRecord>>(
            async s => await select(s.Query<WarningRecord>()).OrderBy(w => w.Id).ToListAsync(TestContext.Current.CancellationToken),
            ready);

    /// <summary>The inputs of <paramref name="tenderId"/> once the daemon has applied <paramref name="ready"/>.</summary>
    public static Task<TenderInputs> TenderAsync(ViewLedger ledger, string tenderId, Func<TenderInputs, bool> ready) =>
        ledger.WhenCaughtUpAsync(s => s.LoadAsync<TenderInputs>(tenderId, TestContext.Current.CancellationToken), ready);
}
