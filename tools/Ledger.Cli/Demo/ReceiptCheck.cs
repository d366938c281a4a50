using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Cli.Demo;

/// <summary>
/// The end of the story: every accepted event's receipt, once sealed, checked with the verifier's code against the
/// log's key from <c>/log/key</c>, and held to what the API promised when it accepted the event (stream, version,
/// event hash), so a receipt for some other event does not pass.
/// </summary>
internal static class ReceiptCheck
{
    /// <summary>The sealer seals every 500 ms by default and promises within 5 s: this is generous.</summary>
    private static readonly TimeSpan SealTimeout = TimeSpan.FromSeconds(30);

    /// <param name="token">A bearer token of a role that may read every event's receipt.</param>
    public static async Task<int> RunAsync(HttpClient http, string token, IReadOnlyList<AppendedEvent> events, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"存证回执 · receipts for the {events.Count} accepted events");
        var keys = await LogKeysAsync(http, ct);
        output.WriteLine($"  log key{(keys.Count == 1 ? "" : "s")} from /log/key: {string.Join(", ", keys.Select(k => k.Handle))}");
        output.WriteLine("  … waiting for the sealer to put them into signed blocks");
        var waited = Stopwatch.StartNew();
        var blocks = new SortedSet<long>();
        var verified = 0;
        foreach (var e in events)
        {
            var receipt = await SealedReceiptAsync(http, token, e, waited, ct);
            var (checkedReceipt, failure) = receipt is null ? (null, $"not sealed within {SealTimeout.TotalSeconds:0} s") : Verify(receipt, e, keys);
            if (checkedReceipt is null)
            {
                output.WriteLine($"  ✗ receipt of {e.Stream} v{e.Version} (event {e.EventId}) does not verify: {failure}");
                continue;
            }
            blocks.Add(checkedReceipt.Block.Height);
            verified++;
        }
        if (blocks.Count > 0)
        {
            output.WriteLine($"  sealed into block{(blocks.Count == 1 ? $" {blocks.Min}" : $"s {blocks.Min}–{blocks.Max}")} of the log; "
                + "each receipt's event hash, inclusion proof and block signature checked");
        }
        output.WriteLine($"receipts verified: {verified} of {events.Count}");
        return verified == events.Count ? 0 : 1;
    }

    internal static async Task<IReadOnlyList<VerifierKey>> LogKeysAsync(HttpClient http, CancellationToken ct)
    {
        using var response = await http.GetAsync("log/key", ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoStoppedException($"GET /log/key answered {(int)response.StatusCode}: {text}", 1);
        }
        var keys = new List<VerifierKey>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            keys.Add(VerifierKey.TryParse(line, out var key, out var error) ? key : throw new DemoStoppedException($"/log/key served an unusable key '{line}': {error}", 1));
        }
        return keys.Count > 0 ? keys : throw new DemoStoppedException("/log/key served no key: no receipt can be checked", 1);
    }

    /// <summary>The receipt once sealed; null when the sealer has not sealed it in time.</summary>
    private static async Task<string?> SealedReceiptAsync(HttpClient http, string token, AppendedEvent e, Stopwatch waited, CancellationToken ct)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"receipts/{e.EventId}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return body;
                case HttpStatusCode.Accepted when waited.Elapsed < SealTimeout:
                    await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
                    break;
                case HttpStatusCode.Accepted:
                    return null;
                default:
                    throw new DemoStoppedException($"GET /receipts/{e.EventId} answered {(int)response.StatusCode}: {body}", 1);
            }
        }
    }

    /// <summary>The receipt verified under one of the log's keys and matched to the event the API accepted, or why not.</summary>
    internal static (VerifiedReceipt? Receipt, string? Failure) Verify(string json, AppendedEvent e, IReadOnlyList<VerifierKey> keys)
    {
        // Any of the log's keys will do: after a rotation, older blocks carry only the keys of their time.
        var outcomes = keys.Select(key => ReceiptVerifier.Verify(json, key)).ToList();
        if (outcomes.FirstOrDefault(o => o.IsValid)?.Value is not { } verified)
        {
            return (null, outcomes[0].Failure);
        }
        var receipt = verified.Receipt;
        var hash = Convert.ToHexStringLower(receipt.EventHash);
        return receipt.Stream == e.Stream && receipt.Version == e.Version && hash == e.EventHash
            ? (verified, null)
            : (null, $"it proves {receipt.Stream} v{receipt.Version} with hash {hash}, but the API accepted {e.Stream} v{e.Version} with hash {e.EventHash}");
    }
}
