namespace Ledger.Cli.Bench.Load;

/// <summary>How the load test counts the events the ledger holds for its run, independently of what the API acknowledged.</summary>
internal interface IEventCount
{
    /// <summary>Where the count comes from, for the table.</summary>
    string Source { get; }

    /// <summary>Called once before the run's first command.</summary>
    Task StartAsync(CancellationToken ct);

    /// <summary>The events of run <paramref name="run"/> in the ledger; called once every acknowledged event is sealed.</summary>
    Task<long> CountAsync(string run, CancellationToken ct);
}
