using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Commands;

/// <summary>
/// A command's body, read by hand rather than bound, because its exact bytes make the request's idempotency
/// fingerprint and because a bad body deserves a reason: each step answers a value or the problem to send.
/// </summary>
internal static class CommandBody
{
    /// <summary>The body's bytes, at most <see cref="CommandLimits.MaxBodyBytes"/>; 415 for a body that is not JSON, 413 for a larger one.</summary>
    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                $"a command is a JSON object: send it with Content-Type: application/json (this request has {(string.IsNullOrEmpty(request.ContentType) ? "none" : request.ContentType)})",
                title: "unsupported media type", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        if (request.ContentLength > CommandLimits.MaxBodyBytes)
        {
            return (null, TooLarge(request.ContentLength.Value));
        }
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (body.Length + read > CommandLimits.MaxBodyBytes)
                {
                    return (null, TooLarge(null));
                }
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limit (the same size) or a broken upload.
            return (null, TypedResults.Problem(e.Message, title: "unreadable request", statusCode: e.StatusCode));
        }
        return (body.ToArray(), null);
    }

    /// <summary>The command in <paramref name="body"/>, or 400 naming what is wrong with it (the field and where).</summary>
    public static (TCommand? Command, ProblemHttpResult? Problem) Parse<TCommand>(byte[] body, JsonSerializerOptions options)
        where TCommand : class
    {
        try
        {
            return JsonSerializer.Deserialize<TCommand>(body, options) is { } command
                ? (command, null)
                : (null, Unreadable<TCommand>("the body is null, not a JSON object"));
        }
        catch (JsonException e)
        {
            return (null, Unreadable<TCommand>(e.Message));
        }
    }

    private static ProblemHttpResult Unreadable<TCommand>(string reason) =>
        TypedResults.Problem($"the body does not read as the command {typeof(TCommand).Name}: {reason}", title: "unreadable command", statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult TooLarge(long? length) =>
        TypedResults.Problem(
            $"the body{(length is { } n ? $" of {n} bytes" : "")} is larger than the {CommandLimits.MaxBodyBytes} bytes a command may have",
            title: "request too large", statusCode: StatusCodes.Status413PayloadTooLarge);
}
