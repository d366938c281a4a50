namespace Ledger.Store.Embedded;

/// <summary>No PostgreSQL binaries (initdb, pg_ctl) where the embedded server looks for them.</summary>
public sealed class PostgresNotInstalledException()
    : Exception("PostgreSQL is not installed; install it with: apt-get install -y postgresql");
