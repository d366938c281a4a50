namespace Ledger.Store.Embedded;

/// <summary>The ledger's database: a configured server, or the embedded one, which disposing stops.</summary>
public sealed class LedgerServer : IAsyncDisposable
{
    internal LedgerServer(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
    }

    /// <summary>The ledger database's connection string (Npgsql format).</summary>
    public string ConnectionString { get; }

    /// <summary>The embedded server when no connection was configured; null otherwise.</summary>
    public EmbeddedPostgres? Embedded { get; }

    public ValueTask DisposeAsync() => Embedded?.DisposeAsync() ?? ValueTask.CompletedTask;
}
