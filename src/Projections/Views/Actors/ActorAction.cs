using Ledger.Access;
using Ledger.Actions;
using Ledger.Store.Commands;

namespace Ledger.Projections.Views.Actors;

/// <summary>
/// One action in the actor timeline: a document per recorded event, so a person's or an organisation's timeline is an
/// indexed, paged query however long it grows, rather than one document rewritten on every action.
/// </summary>
/// <param name="Id">The event id, which is also the receipt reference <c>GET /receipts/{eventId}</c> takes.</param>
/// <param name="Sequence">Marten's global sequence: the timeline's order.</param>
/// <param name="Time">When the ledger recorded it: the time its receipt proves.</param>
public sealed record ActorAction(
    Guid Id,
    long Sequence,
    string PersonId,
    string Organisation,
    Role Role,
    string Type,
    string Stream,
    long Version,
    DateTimeOffset Time)
{
    /// <summary>For a refused action recorded in the actor's trail: the command, its target stream and the rule that refused it.</summary>
    public ActionRefused? Refusal { get; init; }

    /// <summary>For a recorded read: what the actor read, the stated purpose, and whether it was granted or denied.</summary>
    public DataRead? Read { get; init; }
}
