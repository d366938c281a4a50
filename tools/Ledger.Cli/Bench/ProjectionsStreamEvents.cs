namespace Ledger.Cli.Bench;

/// <summary>The baseline projection's document: one stream's event count.</summary>
public sealed class ProjectionsStreamEvents
{
    public string Id { get; set; } = "";

    public long Events { get; set; }
}
