using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Tests.Evidence.Packages;
using Ledger.Verify;

namespace Ledger.Verify.Tests;

public sealed class package_command
{
    [Fact]
    public void a_package_verifies_under_the_logs_key_and_prints_its_code()
    {
        using var w = new Workspace();
        var (log, package) = PackageLog.Small();
        var path = w.WriteBytes("package.zip", package.Bytes);

        var (code, output, error) = Workspace.Run("package", "--key", log.Key.Verifier.ToString(), path);

        Assert.True(code == ExitCode.Valid, output + error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("valid: evidence package of tender LZ-GC-2026-0412 for case （2026）甘0102刑初123号", lines[0]);
        Assert.Equal($"verification code {package.VerificationCode}", lines[1]);
        Assert.Contains("events 5, leaves 0 to 6", lines);
        Assert.Contains("newest block 3 at size 8, sealed 2026-11-29T08:00:12.000000Z", lines);
        Assert.Equal("keys: the key given with --key", lines[^1]);
        Assert.DoesNotContain("warning", output);
    }

    [Fact]
    public void without_a_key_it_says_the_keys_came_from_the_package_and_lists_them()
    {
        using var w = new Workspace();
        var (log, package) = PackageLog.Small();

        var (code, output, _) = Workspace.Run("package", w.WriteBytes("package.zip", package.Bytes));

        Assert.Equal(ExitCode.Valid, code);
        Assert.Contains("warning: checked against the keys inside the package (keys.json), not keys you supplied;", output);
        Assert.Contains($"key {log.Key.Verifier} valid from 2026-01-01T00:00:00.000000Z", output);
    }

    [Fact]
    public void a_published_keyring_is_a_trust_anchor()
    {
        using var w = new Workspace();
        var (log, package) = PackageLog.Small(CryptoSuite.Gm);
        var keyring = w.Write("keys.json", log.Keyring.ToJson());

        var (code, output, error) = Workspace.Run("package", "--keyring", keyring, w.WriteBytes("package.zip", package.Bytes));

        Assert.True(code == ExitCode.Valid, output + error);
        Assert.Contains("suite gm", output);
        Assert.Contains($"keys: the keyring {keyring}", output);
    }

    [Fact]
    public void the_wrong_key_exits_1_naming_the_signature()
    {
        using var w = new Workspace();
        var (_, package) = PackageLog.Small();
        var path = w.WriteBytes("package.zip", package.Bytes);

        var (code, output, _) = Workspace.Run("package", "--key", SignerKey.Generate(PackageLog.Origin, SignatureScheme.Ed25519).Verifier.ToString(), path);

        Assert.Equal(ExitCode.Invalid, code);
        Assert.StartsWith($"invalid: {path}: package.sig: note has no verifiable signatures", output);
    }

    [Fact]
    public void a_changed_byte_anywhere_exits_1_with_one_line_naming_where()
    {
        using var w = new Workspace();
        var (log, package) = PackageLog.Small();
        var key = log.Key.Verifier.ToString();
        for (var i = 0; i < package.Bytes.Length; i += 97)
        {
            var bytes = (byte[])package.Bytes.Clone();
            bytes[i] ^= 0x04;
            var path = w.WriteBytes("changed.zip", bytes);

            var (code, output, error) = Workspace.Run("package", "--key", key, path);

            Assert.True(code == ExitCode.Invalid, $"byte {i}: exit {code}: {output}{error}");
            Assert.Matches($"^invalid: {System.Text.RegularExpressions.Regex.Escape(path)}: [^\n]+\n$", output);
        }
    }

    [Theory]
    [InlineData("package")]
    [InlineData("package", "/nonexistent.zip")]
    [InlineData("package", "--key", "not-a-vkey", "p.zip")]
    [InlineData("package", "--keyring", "/nonexistent.json", "p.zip")]
    [InlineData("package", "--key", "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "--keyring", "k.json", "p.zip")]
    [InlineData("package", "a.zip", "b.zip")]
    public void unusable_arguments_exit_2(params string[] args)
    {
        var (code, output, error) = Workspace.Run(args);

        Assert.Equal(ExitCode.Unusable, code);
        Assert.Empty(output);
        Assert.StartsWith("ledger-verify: ", error);
    }

    [Fact]
    public void the_built_program_checks_a_package()
    {
        using var w = new Workspace();
        var (log, package) = PackageLog.Small();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ledger-verify.dll"), "package", "--key", log.Key.Verifier.ToString(), w.WriteBytes("p.zip", package.Bytes) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));

        Assert.Equal(ExitCode.Valid, process.ExitCode);
        Assert.Contains(package.VerificationCode, output);
    }
}
