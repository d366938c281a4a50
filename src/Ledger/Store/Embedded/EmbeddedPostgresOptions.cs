namespace Ledger.Store.Embedded;

/// <summary>How <see cref="EmbeddedPostgres"/> creates and runs its private server.</summary>
public sealed record EmbeddedPostgresOptions
{
    /// <summary>
    /// The cluster's folder, owned by the program (the API and the CLI pass the same one, so they share a
    /// store). Created and initialised on first use. When the process is root the server runs as
    /// <see cref="ServiceUser"/>, which must be able to enter every folder above this one.
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>The loopback port to listen on; null picks a free one at each start.</summary>
    public int? Port { get; init; }

    /// <summary>False deletes the data folder once the server has stopped (throwaway test servers).</summary>
    public bool KeepData { get; init; } = true;

    /// <summary>
    /// False turns off fsync, synchronous_commit and full_page_writes (and syncing at initdb): a crash
    /// may then lose or corrupt data, which only a throwaway test server can accept.
    /// </summary>
    public bool Durable { get; init; } = true;

    /// <summary>The folder holding initdb and pg_ctl; null takes the newest /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>The unprivileged user the server runs as when this process is root (PostgreSQL refuses root).</summary>
    public string ServiceUser { get; init; } = "postgres";

    /// <summary>How long initdb, start and stop may each take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
