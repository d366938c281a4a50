using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ledger.Actions;

namespace Ledger.Cli.Demo;

/// <summary>
/// The demo's side of the command API: posts each command as its actor, with a token for that actor, prints one line per action, and keeps every
/// accepted event for the receipt check. The ledger's time is read from the signed promises, so deadlines are set
/// on the server's clock, whatever this machine's clock says.
/// </summary>
internal sealed class DemoApi(HttpClient http, Func<Actor, string> tokenFor, TextWriter output, Func<TimeSpan, CancellationToken, Task> letTimePass, CancellationToken ct)
{
    // The API's conventions: camelCase properties, enums by name.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // The rules compare times to the microsecond; a little more keeps a wait from ending a hair early.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private readonly List<AppendedEvent> appended = [];

    public IReadOnlyList<AppendedEvent> Appended => appended;

    /// <summary>A time the ledger's clock has reached: the time in the latest promise, or the end of the latest wait.</summary>
    public DateTimeOffset LedgerTime { get; private set; }

    public void Say(string line) => output.WriteLine(line);

    /// <summary>Sends a command the rules must accept and prints <paramref name="what"/> with where its event went.</summary>
    public async Task AcceptedAsync<TCommand>(Actor actor, string path, TCommand command, string what)
    {
        var (status, body) = await PostAsync(actor, path, command);
        if (status != HttpStatusCode.OK)
        {
            throw new DemoStoppedException($"{what}: POST /{path} was not accepted: {(int)status} {ProblemText.Of(body)}", 1);
        }
        var events = JsonSerializer.Deserialize<Reply>(body, Json)?.Events;
        if (events is not { Count: > 0 })
        {
            throw new DemoStoppedException($"{what}: POST /{path} was accepted without naming its events: {body}", 1);
        }
        foreach (var e in events)
        {
            appended.Add(e);
            LedgerTime = PromisedTime(e);
        }
        output.WriteLine($"  ✓ {what}  [{events[^1].Stream} v{events[^1].Version}]");
    }

    /// <summary>Sends a command the rules must refuse and prints the ledger's reason.</summary>
    public async Task RefusedAsync<TCommand>(Actor actor, string path, TCommand command, string what)
    {
        var (status, body) = await PostAsync(actor, path, command);
        if (status != HttpStatusCode.UnprocessableEntity)
        {
            throw new DemoStoppedException($"{what}: POST /{path} should have been refused, but the API answered {(int)status} {ProblemText.Of(body)}", 1);
        }
        output.WriteLine($"  ✗ {what}: refused, as the rules require: {ProblemText.Of(body)}");
    }

    /// <summary>Reads what the ledger must refuse to show (a sealed bid before the opening) and prints its reason.</summary>
    public async Task ReadRefusedAsync(Actor actor, string path, string what)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokenFor(actor));
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            throw new DemoStoppedException($"{what}: GET /{path} should have been refused, but the API answered {(int)response.StatusCode} {ProblemText.Of(body)}", 1);
        }
        output.WriteLine($"  ✗ {what}: refused and recorded in the reader's trail: {ProblemText.Of(body)}");
    }

    /// <summary>
    /// Exports, as <paramref name="court"/>, the evidence package of a tender for a case into <paramref name="folder"/>, once
    /// its events are sealed (the API answers 409 until then), and returns the file's path.
    /// </summary>
    public async Task<string> ExportTenderAsync(Actor court, string tenderId, string caseReference, string folder, TimeSpan patience)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "evidence/packages")
            {
                Content = JsonContent.Create(new { scope = new { kind = "tender", id = tenderId }, caseReference }, options: Json),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokenFor(court));
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? $"evidence-{tenderId}.zip";
                var path = Path.Combine(folder, Path.GetFileName(name));
                await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(ct), ct);
                return path;
            }
            if (response.StatusCode != HttpStatusCode.Conflict || waited.Elapsed > patience)
            {
                throw new DemoStoppedException($"evidence package of tender {tenderId}: POST /evidence/packages answered {(int)response.StatusCode} {ProblemText.Of(await response.Content.ReadAsStringAsync(ct))}", 1);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }

    /// <summary>Lets the ledger's clock pass <paramref name="instant"/>, saying what the user is waiting for.</summary>
    public async Task WaitUntilAsync(DateTimeOffset instant, string what)
    {
        var wait = instant - LedgerTime + Margin;
        if (wait > TimeSpan.Zero)
        {
            output.WriteLine($"  … {what}: waiting {wait.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            await letTimePass(wait, ct);
        }
        LedgerTime = instant;
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync<TCommand>(Actor actor, string path, TCommand command)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(command, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokenFor(actor));
        // Each command is a new request; the demo does not retry, so a key is never sent twice.
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new DemoStoppedException(
                $"the API at {http.BaseAddress!.AbsoluteUri.TrimEnd('/')} does not trust the demo's development token ({ProblemText.Of(await response.Content.ReadAsStringAsync(ct))}): run the API in Development from this folder, or pass its --data-directory", 2);
        }
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>The <c>time</c> line of the event's signed promise (<c>ledger-promise/v1</c>): when the ledger recorded it.</summary>
    private static DateTimeOffset PromisedTime(AppendedEvent e) =>
        e.Promise.Split('\n').FirstOrDefault(l => l.StartsWith("time ", StringComparison.Ordinal)) is { } line
        && DateTimeOffset.TryParse(line["time ".Length..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new DemoStoppedException($"the promise of event {e.EventId} has no time line: {e.Promise}", 1);

    private sealed record Reply(IReadOnlyList<AppendedEvent> Events);
}
