using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Keys;

/// <summary>
/// Loads (and writes) the log's private signing key from a file or an environment variable, never from the
/// repository or configuration files. A key file readable by anyone but its owner is refused, as ssh does.
/// Errors name the source, never the secret.
/// </summary>
public static class SignerKeyLoader
{
    public static SignerKey FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"signing key file {path} does not exist");
        }
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
            {
                throw new InvalidOperationException($"signing key file {path} is readable or writable by others; chmod 600 it");
            }
        }
        return Parse(File.ReadAllText(path), $"file {path}");
    }

    public static SignerKey FromEnvironment(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"environment variable {variable} holds no signing key");
        }
        return Parse(value, $"environment variable {variable}");
    }

    /// <summary>
    /// Writes a new key file readable by its owner only, and the verifier key beside it as <c>path.vkey</c>.
    /// Never overwrites: an existing file is an error.
    /// </summary>
    public static void WriteNew(string path, SignerKey key)
    {
        SecretFile.WriteNew(path, key.Encode() + Environment.NewLine);
        File.WriteAllText(path + ".vkey", key.Verifier + "\n");
    }

    private static SignerKey Parse(string text, string source) =>
        SignerKey.TryParse(text, out var key, out var error)
            ? key
            : throw new InvalidOperationException($"signing key in {source} is not usable: {error}");
}
