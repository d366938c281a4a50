using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Idempotency;

/// <summary>The draft's three error answers, as problem details whose type points at the draft that defines them.</summary>
internal static class IdempotencyProblems
{
    private const string Type = "https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/";

    private static readonly string Policy =
        $"every command needs an {IdempotencyKeyHeader.Name} header with a key of the caller's own, new for each request (a UUID will do); "
        + $"sending the same request with the same key again is answered from memory for {IdempotencyKeys.KeptFor.TotalHours:0} hours and records nothing twice";

    public static ProblemHttpResult Missing() =>
        TypedResults.Problem(Policy, title: $"{IdempotencyKeyHeader.Name} is missing", statusCode: StatusCodes.Status400BadRequest, type: Type);

    public static ProblemHttpResult Malformed(string reason) =>
        TypedResults.Problem($"{IdempotencyKeyHeader.Name}: {reason}", title: $"{IdempotencyKeyHeader.Name} is malformed", statusCode: StatusCodes.Status400BadRequest, type: Type);

    public static ProblemHttpResult Reused(string key) =>
        TypedResults.Problem(
            $"{IdempotencyKeyHeader.Name} {key} was used for a different request (another path or body); a key names one request: use a new key for a new one",
            title: $"{IdempotencyKeyHeader.Name} is already used", statusCode: StatusCodes.Status422UnprocessableEntity, type: Type);

    public static ProblemHttpResult Outstanding(string key) =>
        TypedResults.Problem(
            $"a request with {IdempotencyKeyHeader.Name} {key} is still being processed; retry it once that one has answered",
            title: $"a request is outstanding for this {IdempotencyKeyHeader.Name}", statusCode: StatusCodes.Status409Conflict, type: Type);
}
