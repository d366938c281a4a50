using System.Text;
using Ledger.Evidence.Crypto;
using Ledger.Verify;

namespace Ledger.Verify.Tests;

/// <summary>Bad arguments exit 2; mangled evidence exits 1 or 2; nothing crashes or hangs.</summary>
public sealed class unusable_and_malformed_input
{
    [Theory]
    [InlineData()]
    [InlineData("frobnicate")]
    [InlineData("receipt")]
    [InlineData("receipt", "--key")]
    [InlineData("receipt", "--key", "not-a-vkey", "r.json")]
    [InlineData("receipt", "--key", "a+00000000+AQ==", "r.json")]
    [InlineData("receipt", "--bogus", "x", "r.json")]
    [InlineData("checkpoint", "--key", "a+b+c", "--key", "a+b+c", "f")]
    [InlineData("inclusion", "--key", "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "--checkpoint", "/nonexistent", "--leaf-hash", "00", "--index", "1", "--proof", "/nonexistent")]
    [InlineData("inclusion", "--key", "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "--checkpoint", "/nonexistent", "--leaf-hash", "zz", "--index", "1", "--proof", "/nonexistent")]
    [InlineData("inclusion", "--key", "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "--checkpoint", "/nonexistent", "--leaf-hash", "00", "--index", "99999999999999999999999", "--proof", "/nonexistent")]
    [InlineData("inclusion", "--key", "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "--checkpoint", "/nonexistent", "--leaf-hash", "00", "--index", "-1", "--proof", "/nonexistent")]
    [InlineData("consistency", "--key", "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "--old", "/nonexistent")]
    public void bad_arguments_exit_2_with_a_one_line_reason(params string[] args)
    {
        var (code, output, error) = Workspace.Run(args);
        Assert.Equal(ExitCode.Unusable, code);
        Assert.Empty(output);
        Assert.StartsWith("ledger-verify: ", error);
    }

    [Theory]
    [InlineData("", ExitCode.Unusable)]
    [InlineData("ledger.test/centre-001\n5\n", ExitCode.Unusable)]
    [InlineData("ledger.test/centre-001\n05\nAAAA\n\n— ledger.test/centre-001 AAAAAAAA\n", ExitCode.Unusable)]
    [InlineData("ledger.test/centre-001\n99999999999999999999999\nAAAA\n\n— ledger.test/centre-001 AAAAAAAA\n", ExitCode.Unusable)]
    [InlineData("ledger.test/centre-001\n5\n!!!!\n\n— ledger.test/centre-001 AAAAAAAA\n", ExitCode.Unusable)]
    [InlineData("ledger.test/centre-001\n5\nAAAA\n\n\n— ledger.test/centre-001 AAAAAAAA\n", ExitCode.Unusable)]
    [InlineData("ledger.test/centre-001\n5\nAAAA\n\n— ledger.test/centre-001 AAAAAAAA\n", ExitCode.Invalid)]
    [InlineData("ledger.test/centre-001\n5\nAAAA\n\n— someone.else AAAAAAAAAAAA\n", ExitCode.Invalid)]
    public void malformed_checkpoints_are_refused_cleanly(string note, int expected)
    {
        using var w = new Workspace();
        var path = w.Write("checkpoint", note);
        var (code, output, error) = Workspace.Run("checkpoint", "--key", w.VKey, path);
        Assert.True(expected == code, output + error);
    }

    [Fact]
    public void invalid_utf8_is_unusable_input()
    {
        using var w = new Workspace();
        w.Append(1);
        var note = Encoding.UTF8.GetBytes(w.Seal().ToString());
        note[2] = 0xff;
        var (code, _, error) = Workspace.Run("checkpoint", "--key", w.VKey, w.WriteBytes("checkpoint", note));
        Assert.Equal(ExitCode.Unusable, code);
        Assert.Contains("Unable to translate bytes", error);
    }

    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void random_mutations_of_a_receipt_never_crash_and_never_pass(string suite)
    {
        using var w = new Workspace(CryptoSuite.Find(suite));
        w.Append(40);
        w.Seal();
        var original = w.ReceiptFor(17).ToJson();
        var random = new Random(20261129);
        var accepted = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            var mutated = Mutate(original, random);
            var path = w.Write("receipt.json", mutated);
            var (code, output, error) = Workspace.Run("receipt", "--key", w.VKey, path);
            Assert.True(code is ExitCode.Valid or ExitCode.Invalid or ExitCode.Unusable, output + error);
            if (code == ExitCode.Valid)
            {
                accepted++;
                Assert.True(SameEvidence(original, mutated), $"accepted a changed receipt:\n{mutated}");
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(output + error));
            }
        }
        Assert.True(accepted < 400);
    }

    [Fact]
    public void random_mutations_of_a_note_never_crash()
    {
        using var w = new Workspace();
        w.Append(3);
        var original = w.Seal().ToString();
        var random = new Random(8785);
        for (var trial = 0; trial < 400; trial++)
        {
            var path = w.Write("checkpoint", Mutate(original, random));
            var (code, output, error) = Workspace.Run("checkpoint", "--key", w.VKey, path);
            Assert.True(code is ExitCode.Valid or ExitCode.Invalid or ExitCode.Unusable, output + error);
        }
    }

    /// <summary>One of: flip a character, delete a span, duplicate a line, truncate, insert junk.</summary>
    private static string Mutate(string text, Random random)
    {
        var i = random.Next(text.Length);
        return random.Next(5) switch
        {
            0 => text[..i] + (char)(text[i] ^ (1 << random.Next(7))) + text[(i + 1)..],
            1 => text.Remove(i, Math.Min(random.Next(1, 12), text.Length - i)),
            2 => text[..i] + "\n" + text[i..],
            3 => text[..i],
            _ => text.Insert(i, random.Next(3) switch { 0 => "9999999999999999999999", 1 => "\u2014 x ", _ => "====" }),
        };
    }

    /// <summary>A mutation may land in JSON whitespace or escape a character differently and still mean the same receipt.</summary>
    private static bool SameEvidence(string original, string mutated)
    {
        static string Normal(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
        try
        {
            return Normal(original) == Normal(mutated);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
