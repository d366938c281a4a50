using Ledger.Cli.Demo;

namespace Ledger.Cli.Bench.Load;

/// <summary>What one command got: the status (null when no answer came), the events when accepted, the problem's detail otherwise, and how long it took.</summary>
internal sealed record Answer(int? Status, IReadOnlyList<AppendedEvent> Events, string Detail, double Milliseconds)
{
    public bool IsAccepted => Status == 200;

    /// <summary>How the errors are tallied: the status code, or that nothing came back.</summary>
    /// <summary>The events of a command the set-up needs accepted; anything else stops the run.</summary>
    public IReadOnlyList<AppendedEvent> EventsOrStop(string what) =>
        IsAccepted ? Events
        : Status is null ? throw new LoadStoppedException($"set-up: {what} got no answer: {Detail}", 2)
        : throw new LoadStoppedException($"set-up: {what} answered {Kind}: {Detail}", 1);

    public string Kind => Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer";
}
