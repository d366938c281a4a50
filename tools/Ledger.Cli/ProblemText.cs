using System.Text.Json;

namespace Ledger.Cli;

/// <summary>What the API said when it refused: the <c>detail</c> of its problem details, or the start of whatever else came back.</summary>
internal static class ProblemText
{
    public static string Of(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                return detail.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not problem details: the body itself is the best reason there is.
        }
        return body.Length <= 300 ? body : body[..300] + "…";
    }
}
