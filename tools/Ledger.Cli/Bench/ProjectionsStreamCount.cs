using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Ledger.Cli.Bench;

/// <summary>
/// The baseline of the projection benchmark: the most trivial aggregation Marten can rebuild, a count of each stream's
/// events, over the same events deserialised the same way as the ledger's projections read them.
/// </summary>
public sealed partial class ProjectionsStreamCount : SingleStreamProjection<ProjectionsStreamEvents, string>
{
    public ProjectionsStreamCount() => Name = "StreamCount";

    public override ProjectionsStreamEvents Evolve(ProjectionsStreamEvents? snapshot, string id, IEvent e) => new() { Id = id, Events = (snapshot?.Events ?? 0) + 1 };
}
