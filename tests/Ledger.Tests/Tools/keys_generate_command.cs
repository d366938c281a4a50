using Ledger.Cli;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Tests.Tools;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class keys_generate_command : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-keys-");

    [Theory]
    [InlineData("intl", NoteKeyType.Ed25519)]
    [InlineData("gm", NoteKeyType.Sm2)]
    public void writes_an_owner_only_private_key_and_prints_its_verifier_key(string suite, NoteKeyType type)
    {
        var path = Path.Combine(folder.FullName, "centre.key");
        var output = new StringWriter();

        var code = Cli.Cli.Run(["keys", "generate", "--suite", suite, "--name", "ledger.test/centre-001", "--out", path], output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        var key = SignerKeyLoader.FromFile(path);
        var vkey = File.ReadAllText(path + ".vkey").Trim();
        Assert.Equal(key.Verifier.ToString(), vkey);
        Assert.Equal(type, key.Verifier.Type);
        Assert.Contains(vkey, output.ToString());
        Assert.DoesNotContain(File.ReadAllText(path).Trim(), output.ToString());
    }

    [Fact]
    public void never_overwrites_a_key()
    {
        var path = Path.Combine(folder.FullName, "centre.key");
        File.WriteAllText(path, "existing");
        var error = new StringWriter();
        var code = Cli.Cli.Run(["keys", "generate", "--suite", "intl", "--name", "n", "--out", path], TextWriter.Null, error);
        Assert.Equal(2, code);
        Assert.Contains("already exists", error.ToString());
        Assert.Equal("existing", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("keys", "generate", "--suite", "rsa", "--name", "n", "--out", "x")]
    [InlineData("keys", "generate", "--suite", "intl", "--name", "bad name", "--out", "x")]
    [InlineData("keys", "generate", "--suite", "intl", "--name", "n")]
    [InlineData("keys", "generate", "--suite", "intl", "--name", "n", "--out", "x", "--colour", "red")]
    [InlineData("keys", "rotate")]
    public void bad_arguments_exit_2_and_write_nothing(params string[] args)
    {
        var error = new StringWriter();
        var code = Cli.Cli.Run([.. args.Select(a => a == "x" ? Path.Combine(folder.FullName, "x.key") : a)], TextWriter.Null, error);
        Assert.Equal(2, code);
        Assert.StartsWith("ledger: ", error.ToString());
        Assert.Empty(folder.GetFiles());
    }

    [Fact]
    public void a_key_file_readable_by_others_is_refused()
    {
        var key = SignerKey.Generate("ledger.test/k", Ledger.Evidence.Crypto.SignatureScheme.Ed25519);
        var path = Path.Combine(folder.FullName, "open.key");
        File.WriteAllText(path, key.Encode());
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var error = Assert.Throws<InvalidOperationException>(() => SignerKeyLoader.FromFile(path));
        Assert.Contains("chmod 600", error.Message);
        Assert.DoesNotContain(key.Encode(), error.Message);
    }

    [Fact]
    public void a_key_comes_from_the_environment_and_errors_never_echo_it()
    {
        var key = SignerKey.Generate("ledger.test/env", Ledger.Evidence.Crypto.SignatureScheme.Sm2);
        var variable = $"LEDGER_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, key.Encode());
        try
        {
            Assert.Equal(key.Verifier.ToString(), SignerKeyLoader.FromEnvironment(variable).Verifier.ToString());
            var mangled = key.Encode()[..^4] + "AAAA";
            Environment.SetEnvironmentVariable(variable, mangled);
            var error = Assert.Throws<InvalidOperationException>(() => SignerKeyLoader.FromEnvironment(variable));
            Assert.DoesNotContain(mangled.Split('+')[^1], error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
