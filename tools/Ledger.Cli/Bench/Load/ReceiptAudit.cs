using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Ledger.Cli.Demo;
using Ledger.Evidence.Notes;

namespace Ledger.Cli.Bench.Load;

/// <summary>
/// Every acknowledged event's receipt, fetched once sealed and checked offline with the verifier's code against the
/// log's keys, and held to what the API acknowledged (stream, version, event hash), so a receipt for some other
/// event does not pass. Stops when its token is cancelled: what is not verified by then counts as not verified.
/// </summary>
internal static class ReceiptAudit
{
    /// <summary>Fetchers at once: enough to hide the round trips, few enough to leave the API's cores to the sealer.</summary>
    private const int Fetchers = 8;

    private const int FailuresShown = 3;

    private static readonly TimeSpan Unsealed = TimeSpan.FromMilliseconds(100);

    /// <param name="newClient">A client of its own for each fetcher.</param>
    /// <param name="tokenFor">A bearer token that may read the event's receipt: a bid's own bidder before the opening.</param>
    public static async Task<(int Verified, IReadOnlyList<string> Failures)> RunAsync(
        Func<HttpClient> newClient, Func<AppendedEvent, string> tokenFor, IReadOnlyList<AppendedEvent> events, IReadOnlyList<VerifierKey> keys, CancellationToken ct)
    {
        var queue = new ConcurrentQueue<AppendedEvent>(events);
        var failures = new ConcurrentQueue<string>();
        var verified = 0;
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Math.Min(Fetchers, Math.Max(1, events.Count))).Select(_ => Task.Run(
                async () =>
                {
                    using var http = newClient();
                    while (queue.TryDequeue(out var e))
                    {
                        var (receipt, refused) = await SealedReceiptAsync(http, tokenFor(e), e, ct);
                        var failure = refused ?? ReceiptCheck.Verify(receipt!, e, keys).Failure;
                        if (failure is null)
                        {
                            Interlocked.Increment(ref verified);
                        }
                        else
                        {
                            failures.Enqueue($"receipt of {e.Stream} v{e.Version} (event {e.EventId}) does not verify: {failure}");
                        }
                    }
                },
                ct)));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            failures.Enqueue($"{events.Count - verified - failures.Count} receipts not sealed or not checked before the verification's time ran out");
        }
        return (verified, [.. failures.Take(FailuresShown)]);
    }

    /// <summary>The sealed receipt, or why the API would not give it (an acknowledged event it does not know is a lost one).</summary>
    private static async Task<(string? Receipt, string? Failure)> SealedReceiptAsync(HttpClient http, string token, AppendedEvent e, CancellationToken ct)
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
                    return (body, null);
                case HttpStatusCode.Accepted:
                    await Task.Delay(Unsealed, ct);
                    break;
                default:
                    return (null, $"GET /receipts/{e.EventId} answered {(int)response.StatusCode}: {body}");
            }
        }
    }
}
