namespace Ledger.Store.Embedded;

/// <summary>The embedded server could not be set up, started or stopped; the message carries PostgreSQL's own words.</summary>
public sealed class EmbeddedPostgresException(string message) : Exception(message);
