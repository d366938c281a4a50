using System.Text;
using System.Text.Json;
using Ledger.Api.Idempotency;
using Ledger.Store.Commands;
using Ledger.Store.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Ledger.Api.Commands;

/// <summary>
/// A command's answer as the bytes that are sent and remembered under its idempotency key, so a replay gives the same
/// status and body: 200 with the events' promises, or 422 problem details naming the rule that refused it.
/// </summary>
internal static class CommandAnswer
{
    public static StoredAnswer For(CommandOutcome outcome, JsonSerializerOptions json) => outcome.IsAccepted
        ? new StoredAnswer(StatusCodes.Status200OK, JsonSerializer.Serialize(new CommandReply([.. outcome.Promises.Select(p => new AppendedEvent(
            p.Promise.EventId, p.Promise.Stream, p.Promise.Version, Convert.ToHexStringLower(p.Promise.EventHash), p.Note.ToString()))]), json))
        : new StoredAnswer(StatusCodes.Status422UnprocessableEntity, JsonSerializer.Serialize(new ProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc4918#section-11.2",
            Title = "command refused",
            Status = StatusCodes.Status422UnprocessableEntity,
            Detail = outcome.Refusal,
        }, json));

    public static ContentHttpResult Send(StoredAnswer answer) =>
        TypedResults.Text(answer.Body, answer.Status < 300 ? "application/json" : "application/problem+json", Encoding.UTF8, answer.Status);

    /// <summary>The remembered answer again, marked as a replay; or 422 when the key was used for another request.</summary>
    public static Results<ContentHttpResult, ProblemHttpResult> Replay(HttpContext http, RememberedRequest remembered, byte[] fingerprint, string key)
    {
        if (!remembered.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            return IdempotencyProblems.Reused(key);
        }
        http.Response.Headers[IdempotencyKeyHeader.ReplayedName] = "true";
        return Send(remembered.Answer);
    }
}
