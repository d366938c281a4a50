using JasperFx.Events;
using Ledger.Access;
using Ledger.Store.Commands;
using Marten;
using Marten.Events.Projections;

namespace Ledger.Projections.Views.Actors;

/// <summary>
/// 人员/单位行为轨迹: an <see cref="ActorAction"/> for every event the ledger recorded, whatever its family, by the actor
/// of its canonical record. It takes every event type, so every read a person made (<see cref="DataRead"/>) is in the
/// timeline beside every action, with what was read and why.
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
            // Insert, not Store: an event is applied once, and a rebuild then writes the timeline by COPY
            // (ProjectionOptions.RebuildWithBulkCopy) instead of one upsert per event.
            operations.Insert(new ActorAction(
                e.Id, e.Sequence, actor.PersonId, actor.Organisation, actor.Role, e.EventType.Name, e.StreamKey!, e.Version, Recording.TimeOf(e))
            {
                Refusal = e.Data as ActionRefused,
                Read = e.Data as DataRead,
            });
        }
        return ValueTask.CompletedTask;
    }
}
