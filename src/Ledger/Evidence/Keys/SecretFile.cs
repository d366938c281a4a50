namespace Ledger.Evidence.Keys;

/// <summary>Writes a secret (a private key) to a new file readable by its owner only from the moment it exists.</summary>
public static class SecretFile
{
    /// <summary>Creates <paramref name="path"/> with <paramref name="text"/>; never overwrites a file already there.</summary>
    public static void WriteNew(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var writer = new StreamWriter(path, options);
        writer.Write(text);
    }
}
