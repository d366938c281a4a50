using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger keys generate</c>: a new signing key pair for the log. The private key goes to a file only
/// its owner can read (never to the screen, never to the repository); the verifier key is printed and
/// written beside it with <c>.vkey</c> appended, for auditors and receipts.
/// </summary>
public static class KeysGenerateCommand
{
    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--suite", "--name", "--out");
        var suiteName = options.Required("--suite");
        var suite = CryptoSuite.Find(suiteName) ?? throw new UsageException($"--suite '{suiteName}' is not intl or gm");
        var name = options.Required("--name");
        if (!NoteText.IsValidName(name))
        {
            throw new UsageException($"--name '{name}' must be non-empty, without spaces or '+' (for example ledger.example.gov.cn/centre-001)");
        }
        var path = Path.GetFullPath(options.Required("--out"));
        var vkeyPath = path + ".vkey";
        if (File.Exists(path) || File.Exists(vkeyPath))
        {
            throw new UsageException($"{path} or its .vkey already exists; a key is never overwritten");
        }
        if (!Directory.Exists(Path.GetDirectoryName(path)))
        {
            throw new UsageException($"folder of {path} does not exist");
        }

        var key = SignerKey.Generate(name, suite.Signature);
        SignerKeyLoader.WriteNew(path, key);
        output.WriteLine($"private key: {path} (mode 0600; keep it out of the repository)");
        output.WriteLine($"verifier key: {vkeyPath}");
        output.WriteLine(key.Verifier.ToString());
        return 0;
    }
}
