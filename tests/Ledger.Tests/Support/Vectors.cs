using System.Text.Json;

namespace Ledger.Tests.Support;

/// <summary>
/// The standards' test vectors live in <c>shared/vectors</c> beside the clone (never copied into the
/// project). <c>LEDGER_VECTORS</c> points elsewhere when needed.
/// </summary>
public static class Vectors
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static JsonDocument Load(string fileName) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder.Value, fileName)));

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("LEDGER_VECTORS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "vectors");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"shared/vectors not found above {AppContext.BaseDirectory}; set LEDGER_VECTORS");
    }
}
