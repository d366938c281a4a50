using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ledger.Cli.Demo;

namespace Ledger.Cli.Bench.Load;

/// <summary>
/// One caller's side of the command API over its own client: posts a command with a bearer token and a fresh
/// <c>Idempotency-Key</c>, and times it from sending to the whole answer read.
/// </summary>
internal sealed class LoadClient(HttpClient http) : IDisposable
{
    public const string IdempotencyHeader = "Idempotency-Key";

    // The API's conventions: camelCase properties, enums by name.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http => http;

    public async Task<Answer> PostAsync<TCommand>(string token, string path, TCommand command, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(command, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // A retry of the same request would reuse its key; each request here is a new command, so a new key.
        request.Headers.Add(IdempotencyHeader, Guid.NewGuid().ToString());
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new LoadStoppedException(
                    $"the API at {http.BaseAddress} does not trust the benchmark's development token: run it in Development and pass its --data-directory", 2);
            }
            return response.StatusCode == HttpStatusCode.OK
                ? new Answer(200, JsonSerializer.Deserialize<Reply>(body, Json)?.Events is { Count: > 0 } events ? events
                    : throw new LoadStoppedException($"POST /{path} was accepted without naming its events: {body}", 1), "", ms)
                : new Answer((int)response.StatusCode, [], ProblemText.Of(body), ms);
        }
        catch (Exception e) when (e is HttpRequestException { StatusCode: null } || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return new Answer(null, [], e.Message, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public void Dispose() => http.Dispose();

    private sealed record Reply(List<AppendedEvent> Events);
}
