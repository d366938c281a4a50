using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ledger.Cli.Simulate;

/// <summary>Reads and writes <see cref="GroundTruth"/> files: indented camelCase JSON, Chinese left readable.</summary>
public static class TruthFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string path, GroundTruth truth) => File.WriteAllText(path, JsonSerializer.Serialize(truth, Json));

    /// <exception cref="InvalidDataException">The file is not a ground truth of <see cref="GroundTruth.CurrentFormat"/>.</exception>
    public static GroundTruth Read(string path)
    {
        var truth = JsonSerializer.Deserialize<GroundTruth>(File.ReadAllText(path), Json);
        return truth is { Format: GroundTruth.CurrentFormat }
            ? truth
            : throw new InvalidDataException($"{path} is not a {GroundTruth.CurrentFormat} ground truth (format '{truth?.Format}')");
    }
}
