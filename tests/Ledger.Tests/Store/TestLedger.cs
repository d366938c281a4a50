using Ledger.Actions;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Store;

namespace Ledger.Tests.Store;

/// <summary>A ledger store in a test class's own database, with a fresh signing key and quick sealing.</summary>
internal static class TestLedger
{
    public const string Origin = "ledger.test/store";

    public static readonly EventContext Context = new(
        new Actor("op-001", "王操作员", "centre-001", Role.CentreOperator), "corr-test", null, new ClientInfo("127.0.0.1", "tests"));

    public static Task<LedgerStore> OpenAsync(string connectionString, string schema, CryptoSuite? suite = null, int sealEvery = 1000)
    {
        suite ??= CryptoSuite.Intl;
        return LedgerStore.OpenAsync(new LedgerStoreOptions
        {
            ConnectionString = connectionString,
            Schema = schema,
            Origin = Origin,
            Suite = suite,
            SigningKeys = [SignerKey.Generate(Origin, suite.Signature)],
            SealEvery = sealEvery,
            SealInterval = TimeSpan.FromMilliseconds(50),
        });
    }
}

/// <summary>A plain event for store tests; the families' own events are tested with their rules.</summary>
public sealed record NoteRecorded(string Text, decimal Amount, [property: Ledger.Evidence.Canonical.Personal] string? Person);
