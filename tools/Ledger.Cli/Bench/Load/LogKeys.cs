using Ledger.Evidence.Notes;

namespace Ledger.Cli.Bench.Load;

/// <summary>The keys the log signs with now, as <c>GET /log/key</c> publishes them: what receipts and checkpoints are checked against.</summary>
internal static class LogKeys
{
    public static async Task<IReadOnlyList<VerifierKey>> FetchAsync(HttpClient http, CancellationToken ct)
    {
        using var response = await http.GetAsync("log/key", ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new LoadStoppedException($"GET /log/key answered {(int)response.StatusCode}: {text}", 1);
        }
        var keys = new List<VerifierKey>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            keys.Add(VerifierKey.TryParse(line, out var key, out var error) ? key : throw new LoadStoppedException($"/log/key served an unusable key '{line}': {error}", 1));
        }
        return keys.Count > 0 ? keys : throw new LoadStoppedException("/log/key served no key: no receipt can be checked", 1);
    }
}
