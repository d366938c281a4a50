using System.Net.Http.Json;

namespace Ledger.Tests.Api;

/// <summary>A command POST carrying the <c>Idempotency-Key</c> a test chose.</summary>
internal static class KeyedRequest
{
    public static async Task<(HttpResponseMessage Response, string Body)> PostAsync(HttpClient client, string path, object command, string key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(command) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request, ct);
        return (response, await response.Content.ReadAsStringAsync(ct));
    }
}
