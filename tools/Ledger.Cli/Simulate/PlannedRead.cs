using Ledger.Access;
using Ledger.Actions;

namespace Ledger.Cli.Simulate;

/// <summary>A read of tender data the run records in the reader's trail, as the API records each read before serving it.</summary>
/// <param name="Detail">Tells the reader's reads apart in the <see cref="EventBook"/>: <c>{tender}#{n}</c>.</param>
internal sealed record PlannedRead(DateTimeOffset At, Actor Reader, ReadSubject Subject, string Purpose, AccessOutcome Outcome, string? Reason, string Detail)
{
    public EventRef Ref => EventRef.Read(Reader.PersonId, Detail);
}
