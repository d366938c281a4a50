namespace Ledger.Cli.Simulate;

/// <summary>
/// Records a planned market: every tender, property and approval case is a story on its own timeline, and stories run
/// side by side (they share no stream), started in the order of their first simulated time.
/// </summary>
internal static class MarketRun
{
    /// <param name="progress">Told the number of stories done and the total after each story.</param>
    public static async Task RunAsync(SimulatedLedger ledger, MarketPlan plan, int parallel, Action<int, int> progress, CancellationToken ct)
    {
        var market = plan.Market;
        var stories = plan.Tenders.Select(t => (t.EnteredAt, Run: (Func<Task>)(() => TenderRun.RunAsync(ledger, market, t))))
            .Concat(plan.Properties.Select(p => (p.ListedAt, Run: (Func<Task>)(() => AddressRun.RunAsync(ledger, market, p)))))
            .Concat(plan.Cases.Select(c => (c.SubmittedAt, Run: (Func<Task>)(() => ApprovalRun.RunAsync(ledger, market, c)))))
            .OrderBy(s => s.Item1)
            .Select(s => s.Run)
            .ToList();
        var done = 0;
        await Parallel.ForEachAsync(stories, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (story, _) =>
        {
            await story();
            progress(Interlocked.Increment(ref done), stories.Count);
        });
    }
}
