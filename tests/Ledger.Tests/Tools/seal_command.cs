using Ledger.Cli;

namespace Ledger.Tests.Tools;

/// <summary><c>ledger seal --key-file a,b</c>: every key is loaded before the sealer starts, and a bad one is named in one line.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class seal_command : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-seal-");

    [Fact]
    public void names_the_key_file_it_cannot_use_and_exits_2()
    {
        var good = Path.Combine(folder.FullName, "intl.key");
        Assert.Equal(0, Cli.Cli.Run(["keys", "generate", "--suite", "intl", "--name", "ledger.test/seal", "--out", good], TextWriter.Null, TextWriter.Null));
        var missing = Path.Combine(folder.FullName, "rotated.key");
        var loose = Path.Combine(folder.FullName, "loose.key");
        File.Copy(good, loose);
        File.SetUnixFileMode(loose, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        foreach (var (keys, named) in new[] { ($"{good},{missing}", missing), ($"{good}, {loose}", "chmod 600") })
        {
            var error = new StringWriter();
            var code = Cli.Cli.Run(["seal", "--connection", "Host=127.0.0.1;Port=1", "--origin", "ledger.test/seal", "--key-file", keys], TextWriter.Null, error);
            Assert.Equal(2, code);
            Assert.Contains(named, error.ToString());
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
