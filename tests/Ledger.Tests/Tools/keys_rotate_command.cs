using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Store;
using Ledger.Store.Keys;
using Ledger.Tests.Store;
using Ledger.Tests.Support;

namespace Ledger.Tests.Tools;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class keys_rotate_command(PostgresFixture postgres) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-rotate-");

    [Fact]
    public async Task refuses_a_key_of_a_scheme_the_log_has_not_and_records_the_hand_over_in_the_ledger()
    {
        var connection = await postgres.DatabaseFor(this);
        var (current, next, gm) = (Write("current", CryptoSuite.Intl), Write("next", CryptoSuite.Intl), Write("gm", CryptoSuite.Gm));
        string[] common = ["keys", "rotate", "--connection", connection, "--origin", TestLedger.Origin, "--key-file", current.Path, "--person", "ops-007"];
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(2, Cli.Cli.Run([.. common, "--new-key-file", gm.Path], TextWriter.Null, error));
        Assert.Equal(0, Cli.Cli.Run([.. common, "--new-key-file", next.Path], output, error));

        Assert.Contains($"key {current.Key.Verifier.Handle} hands over to {next.Key.Verifier.Handle}", output.ToString());
        Assert.Contains($"({LogKeys.Stream} version 1)", output.ToString());
        Assert.StartsWith($"ledger: the log has no {CryptoSuite.Gm.Signature.Name} key to hand over to {gm.Key.Verifier.Handle}", error.ToString(), StringComparison.Ordinal);
        await using var store = await LedgerStore.OpenAsync(new LedgerStoreOptions { ConnectionString = connection, Origin = TestLedger.Origin, SigningKeys = [current.Key, next.Key] }, TestContext.Current.CancellationToken);
        var rotation = Assert.Single(store.Keys.Rotations);
        Assert.Equal(next.Key.Verifier.ToString(), rotation.Adopted.ToString());
    }

    public void Dispose() => folder.Delete(recursive: true);

    private (string Path, SignerKey Key) Write(string name, CryptoSuite suite)
    {
        var path = System.IO.Path.Combine(folder.FullName, name + ".key");
        var key = SignerKey.Generate(TestLedger.Origin, suite.Signature);
        SignerKeyLoader.WriteNew(path, key);
        return (path, key);
    }
}
