using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Verification;

public sealed class verify_store_command_exits_0_clean_1_tampered_2_unusable(PostgresFixture postgres)
{
    [Fact]
    public async Task a_clean_store_exits_0_with_a_summary()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "clean"));

        var (code, output, error) = Run("verify-store", "--connection", ledger.ConnectionString, "--key", ledger.Key.ToString());

        Assert.True(code == 0, output + error);
        Assert.Contains("36 events in 3 streams (0 waiting to be sealed), 8 blocks, 36 leaves", output);
        Assert.Contains("clean", output);
    }

    [Fact]
    public async Task a_tampered_store_exits_1_and_names_each_finding()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "tampered"));
        var victim = await ledger.EventAtAsync(3);
        await ledger.ExecuteAsync($$"""UPDATE ledger.mt_events SET data = jsonb_set(data, '{text}', '"改过"') WHERE id = '{{victim.Id}}'""");
        await ledger.ExecuteAsync("DELETE FROM ledger.ledger_blocks WHERE height = 6");
        var folder = Directory.CreateTempSubdirectory("ledger-vkey-");
        var keyFile = Path.Combine(folder.FullName, "log.vkey");
        await File.WriteAllTextAsync(keyFile, ledger.Key + "\n", TestContext.Current.CancellationToken);

        var (code, output, error) = Run("verify-store", "--key", keyFile, "--connection", ledger.ConnectionString, "--schema", "ledger");
        folder.Delete(recursive: true);

        Assert.True(code == 1, output + error);
        Assert.Contains("tampered: 2 finding(s)", output);
        var lines = output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("  block altered at block 6: block 6 is missing", lines[0]);
        Assert.StartsWith($"  event modified at leaf 3, mt_events seq_id {victim.SeqId}, event {victim.Id}, stream {victim.Stream} version {victim.Version}: Marten's data differs", lines[1]);
    }

    [Fact]
    public async Task a_database_without_a_ledger_exits_2_in_one_line()
    {
        var empty = await postgres.DatabaseFor(this, "empty");

        var (code, output, error) = Run("verify-store", "--connection", empty, "--key", Key().ToString());

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("ledger verify-store: schema 'ledger' is not a ledger store: it has no mt_events, mt_streams, ledger_events, ledger_leaves, ledger_pending, ledger_nodes, ledger_blocks", error.TrimEnd());
    }

    [Fact]
    public async Task a_key_that_signed_no_block_exits_2_naming_the_signers()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "other_key"));
        var stranger = Key();

        var (code, _, error) = Run("verify-store", "--connection", ledger.ConnectionString, "--key", stranger.ToString());

        Assert.Equal(2, code);
        Assert.Contains($"none of the 8 blocks is signed by the given key(s) {stranger.Handle}; they are signed by {ledger.Key.Handle}", error);
    }

    [Fact]
    public void an_unreadable_key_or_no_key_exits_2()
    {
        Assert.Equal(2, Run("verify-store", "--connection", "Host=127.0.0.1", "--key", "not-a-key").Code);
        Assert.Equal(2, Run("verify-store", "--connection", "Host=127.0.0.1").Code);
        Assert.Equal(2, Run("verify-store", "--key", Key().ToString(), "--data", Path.Combine(Path.GetTempPath(), "no-such-ledger-folder")).Code);
    }

    [Fact]
    public void an_unreachable_database_exits_2()
    {
        var (code, output, error) = Run("verify-store", "--connection", "Host=127.0.0.1;Port=1;Timeout=2", "--key", Key().ToString());

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("ledger verify-store: the store could not be read:", error);
    }

    private static VerifierKey Key() => SignerKey.Generate(TestLedger.Origin, CryptoSuite.Intl.Signature).Verifier;

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Ledger.Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
