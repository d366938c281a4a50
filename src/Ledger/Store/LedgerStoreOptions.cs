using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Marten;

namespace Ledger.Store;

/// <summary>One deployment's ledger: where it is stored, the log's identity and suite, its keys and sealing pace.</summary>
public sealed record LedgerStoreOptions
{
    /// <summary>Npgsql connection string of the ledger's database.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The PostgreSQL schema holding this ledger (Marten's and ours): one per tenant log.</summary>
    public string Schema { get; init; } = "ledger";

    /// <summary>The log's origin line in every block, e.g. <c>ledger.example.gov.cn/centre-001</c>.</summary>
    public required string Origin { get; init; }

    public CryptoSuite Suite { get; init; } = CryptoSuite.Intl;

    /// <summary>
    /// The signing keys this process holds: the suite's own first; a gm log may add an Ed25519 key for public
    /// witnesses. Which of them sign is the ledger's key history (<see cref="Keys.LogKeys"/>); a key adopted by a
    /// rotation must be held by every process that signs after it. Empty for a process that only reads (a rebuild); its
    /// statements are then planned for their parameters (<see cref="LedgerConnection.ForReplay"/>).
    /// </summary>
    public required IReadOnlyList<SignerKey> SigningKeys { get; init; }

    /// <summary>Seal a block once this many events wait.</summary>
    public int SealEvery { get; init; } = 1000;

    /// <summary>Seal a block once the oldest waiting event has waited this long.</summary>
    public TimeSpan SealInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>What a promise commits to: the event will be in a block within this time.</summary>
    public TimeSpan PromiseWindow { get; init; } = TimeSpan.FromSeconds(5);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How long after a key rotation is recorded the new key takes over: every process sharing the ledger
    /// reads the key history at least once a second, so all switch at the same instant.
    /// </summary>
    public TimeSpan KeyRotationNotice { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Adds to Marten's configuration what lives outside the store, such as the projections.</summary>
    public Action<StoreOptions>? ConfigureMarten { get; init; }
}
