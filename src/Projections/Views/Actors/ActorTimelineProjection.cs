using JasperFx.Events;
using Ledger.Store.Commands;
using Marten;
using Marten.Events.Projections;

namespace Ledger.Projections.Views.Actors;

/// <summary>
/// 人员/单位行为轨迹: an <see cref="ActorAction"/> for every event the ledger recorded, whatever its family, by the actor
/// of its canonical record. It takes every event type, so a recorded read of sealed data (the API issue's) joins the
/// timeline as soon as it is an event, without a change here.
/// </summary>
public sealed partial class ActorTimelineProjection : EventProjection
{
    public ActorTimelineProjection()
    {
        Name = "ActorTimeline";
        Options.DeleteViewTypeOnTeardown<ActorAction>();
    }

    public override Task EnrichEventsAsync(IQuerySession querySession, IReadOnlyList<IEvent> events, CancellationToken cancellation) =>
        Recording.AttachAsync(querySession, events, cancellation);

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (Recording.ActorOf(e) is { } actor)
        {
            operations.Store(new ActorAction(
                e.Id, e.Sequence, actor.PersonId, actor.Organisation, actor.Role, e.EventType.Name, e.StreamKey!, e.Version, Recording.TimeOf(e))
            {
                Refusal = e.Data as ActionRefused,
            });
        }
        return ValueTask.CompletedTask;
    }
}
