using System.Text.Json;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Tests.Support;
using Ledger.Verify;

namespace Ledger.Verify.Tests;

public sealed class verifier_commands
{
    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void our_receipts_verify_and_the_output_says_where_the_event_is(string suite)
    {
        using var w = new Workspace(CryptoSuite.Find(suite));
        w.Append(12);
        w.Seal();
        var path = w.Write("receipt.json", w.ReceiptFor(7).ToJson());

        var (code, output, _) = Workspace.Run("receipt", "--key", w.VKey, path);

        Assert.Equal(ExitCode.Valid, code);
        Assert.StartsWith("valid: event ", output);
        Assert.Contains("is leaf 7 of ledger.test/centre-001", output);
        Assert.Contains($"suite {suite}", output);
    }

    [Fact]
    public void a_tampered_receipt_exits_1_and_the_first_line_names_the_field()
    {
        using var w = new Workspace();
        w.Append(5);
        w.Seal();
        var receipt = w.ReceiptFor(2);
        var path = w.Write("receipt.json", (receipt with { Event = receipt.Event!.Replace("市政", "市区", StringComparison.Ordinal) }).ToJson());

        var (code, output, _) = Workspace.Run("receipt", "--key", w.VKey, path);

        Assert.Equal(ExitCode.Invalid, code);
        Assert.StartsWith($"invalid: {path}: field event: hashes to", output);
    }

    [Fact]
    public void our_checkpoints_print_origin_size_root_and_block_fields()
    {
        using var w = new Workspace();
        w.Append(3);
        var path = w.Write("checkpoint", w.Seal().ToString());

        var (code, output, _) = Workspace.Run("checkpoint", "--key", w.VKey, path);

        Assert.Equal(ExitCode.Valid, code);
        Assert.Equal(
            [$"valid: checkpoint signed by {w.Key.Verifier.Handle}", "origin ledger.test/centre-001", "size 3", $"root {Convert.ToBase64String(w.Log.Root())}", "suite intl", "height 0", "time 2026-11-29T09:00:00.000000Z"],
            output.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("rekor-v2-staging-ed25519-checkpoint", ExitCode.Valid)]
    [InlineData("rekor-v1-prod-checkpoint-with-extension", ExitCode.Valid)]
    [InlineData("rekor-v2-staging-tampered-size", ExitCode.Invalid)]
    [InlineData("rekor-v2-staging-tampered-root", ExitCode.Invalid)]
    public void foreign_c2sp_checkpoints_are_checked_like_ours(string id, int expected)
    {
        using var w = new Workspace();
        var vector = Vectors.Load("c2sp-signed-note-vectors.json").RootElement.GetProperty("notes").EnumerateArray()
            .Single(n => n.GetProperty("id").GetString() == id);
        var path = w.Write("checkpoint", vector.GetProperty("note").GetString()!);
        var vkey = vector.GetProperty("verifierKeys")[0].GetString()!;

        var (code, output, error) = Workspace.Run("checkpoint", "--key", vkey, path);

        Assert.True(expected == code, output + error);
        if (expected == ExitCode.Valid)
        {
            Assert.Contains("origin ", output);
            Assert.DoesNotContain("suite ", output);
        }
        else
        {
            Assert.StartsWith($"invalid: {path}: checkpoint signature: invalid signature for key", output);
            Assert.Empty(error);
        }
    }

    [Fact]
    public void inclusion_works_on_a_plain_rfc6962_log_without_our_extensions()
    {
        using var w = new Workspace();
        var tree = Vectors.Load("rfc6962-reference-tree.json").RootElement;
        var key = SignerKey.Generate("example.com/plain-log", SignatureScheme.Ed25519);
        var roots = tree.GetProperty("rootsBySize");
        foreach (var c in tree.GetProperty("inclusion").EnumerateArray())
        {
            var size = c.GetProperty("treeSize").GetInt64();
            var text = $"example.com/plain-log\n{size}\n{Convert.ToBase64String(Convert.FromHexString(roots[(int)size].GetString()!))}\n";
            var checkpoint = w.Write("plain-checkpoint", SignedNote.Create(text, [key.Sign(text)]).ToString());
            var proof = w.WriteProof("proof", c.GetProperty("path").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)));
            var index = c.GetProperty("leafIndex").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var leaf = c.GetProperty("leafHash").GetString()!;

            var (code, output, error) = Workspace.Run("inclusion", "--key", key.Verifier.ToString(), "--checkpoint", checkpoint, "--leaf-hash", leaf, "--index", index, "--proof", proof);
            Assert.True(code == ExitCode.Valid, output + error);

            var wrongLeaf = Convert.ToHexStringLower(MerkleHasher.Intl.HashLeaf([0xff]));
            (code, output, _) = Workspace.Run("inclusion", "--key", key.Verifier.ToString(), "--checkpoint", checkpoint, "--leaf-hash", wrongLeaf, "--index", index, "--proof", proof);
            Assert.Equal(ExitCode.Invalid, code);
            Assert.StartsWith($"invalid: {proof}: ", output);
        }
    }

    [Fact]
    public void consistency_between_two_of_our_blocks_verifies_and_a_forked_log_does_not()
    {
        using var w = new Workspace(CryptoSuite.Gm);
        w.Append(10);
        var old = w.Write("old", w.Seal().ToString());
        w.Append(23);
        var @new = w.Write("new", w.Seal().ToString());
        var proof = w.WriteProof("proof", w.Log.ConsistencyProof(10, 33));

        var (code, output, _) = Workspace.Run("consistency", "--key", w.VKey, "--old", old, "--new", @new, "--proof", proof);
        Assert.Equal(ExitCode.Valid, code);
        Assert.StartsWith("valid: ledger.test/centre-001 grew from size 10 to 33", output);

        using var fork = new Workspace(CryptoSuite.Gm);
        var forkProof = w.WriteProof("fork-proof", w.Log.ConsistencyProof(9, 33));
        (code, output, _) = Workspace.Run("consistency", "--key", w.VKey, "--old", old, "--new", @new, "--proof", forkProof);
        Assert.Equal(ExitCode.Invalid, code);
        Assert.StartsWith($"invalid: {forkProof}: ", output);
    }

    [Fact]
    public void a_keyring_refuses_a_block_signed_after_the_key_was_revoked()
    {
        using var w = new Workspace();
        w.Append(2);
        w.Seal();
        var receipt = w.Write("receipt.json", w.ReceiptFor(1).ToJson());
        var revoked = new Ledger.Evidence.Keys.Keyring([new(w.Key.Verifier, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), RevokedAt: new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero))]);
        var keyring = w.Write("keyring.json", revoked.ToJson());

        var (code, output, _) = Workspace.Run("receipt", "--key", w.VKey, "--keyring", keyring, receipt);

        Assert.Equal(ExitCode.Invalid, code);
        Assert.Contains("after its revocation", output);
    }

    [Fact]
    public void the_built_program_exits_with_the_documented_codes()
    {
        using var w = new Workspace();
        w.Append(4);
        w.Seal();
        var receipt = w.Write("receipt.json", w.ReceiptFor(3).ToJson());
        var program = Path.Combine(AppContext.BaseDirectory, "ledger-verify.dll");

        Assert.Equal(ExitCode.Valid, RunProcess(program, "receipt", "--key", w.VKey, receipt));
        Assert.Equal(ExitCode.Invalid, RunProcess(program, "receipt", "--key", SignerKey.Generate("other", SignatureScheme.Ed25519).Verifier.ToString(), receipt));
        Assert.Equal(ExitCode.Unusable, RunProcess(program, "receipt", "--key", w.VKey));
    }

    private static int RunProcess(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        return process.ExitCode;
    }
}
