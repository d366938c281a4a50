using Ledger.Store;
using Marten;

namespace Ledger.Projections;

/// <summary>Where the ledger's own tables (records, disclosures) sit for a projection's raw SQL: Marten's schema.</summary>
internal static class LedgerTables
{
    /// <summary>The store's schema name quoted as an SQL identifier.</summary>
    public static string Schema(IQuerySession session) => Schema(session.DocumentStore);

    /// <inheritdoc cref="Schema(IQuerySession)"/>
    public static string Schema(IDocumentStore store) =>
        SqlName.Quote(store.Options.DatabaseSchemaName);
}
