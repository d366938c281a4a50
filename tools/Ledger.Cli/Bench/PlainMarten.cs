using JasperFx;
using JasperFx.Events;
using Ledger.Actions;
using Marten;

namespace Ledger.Cli.Bench;

/// <summary>
/// The baseline: a Marten event store as an application without the ledger would configure it (string
/// stream keys, correlation and causation metadata as the ledger records them), in its own schema of the
/// same database, appending one event per session.
/// </summary>
internal static class PlainMarten
{
    public static async Task<DocumentStore> OpenAsync(string connectionString, string schema, EventAppendMode mode)
    {
        var options = new StoreOptions();
        options.Connection(connectionString);
        options.DatabaseSchemaName = schema;
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.AppendMode = mode;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.UseSystemTextJsonForSerialization();
        var store = new DocumentStore(options);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    /// <summary>Appends with the expected version, as the ledger does, so both give the caller the same concurrency check.</summary>
    public static Appender Appender(IDocumentStore store, EventContext context) => async (stream, expectedVersion, @event, ct) =>
    {
        await using var session = store.LightweightSession();
        session.CorrelationId = context.CorrelationId;
        session.CausationId = context.CausationId;
        session.Events.Append(stream, expectedVersion + 1, @event);
        await session.SaveChangesAsync(ct);
    };
}
