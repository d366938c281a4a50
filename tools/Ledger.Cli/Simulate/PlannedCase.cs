namespace Ledger.Cli.Simulate;

/// <summary>A planted case as planned: <see cref="PlantedCase"/> with the events named, not yet identified.</summary>
internal sealed record PlannedCase(
    string Kind, IReadOnlyList<string> Rules, string Subject, IReadOnlyList<string> Tenders, IReadOnlyList<string> Parties, string Detail, IReadOnlyList<EventRef> Events)
{
    public PlantedCase Identify(EventBook book) => new(Kind, Rules, Subject, Tenders, Parties, Detail, [.. Events.Select(book.Find)]);
}
