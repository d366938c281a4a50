using Ledger.Actions;
using Ledger.Api.Hosting;
using Ledger.Api.Idempotency;
using Ledger.Api.Identity;
using Ledger.Api.OpenApi;
using Ledger.Store.Commands;
using Ledger.Store.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Commands;

/// <summary>
/// Maps one command to <c>POST {group}/{name}</c>: the body is the command, the actor is the bearer token's (the
/// group's policy has admitted its role), and the <c>Idempotency-Key</c> header names the request. Accepted: 200 with
/// the events' promises; refused: 422 problem details naming the rule. Both are remembered under the key in the
/// transaction that records the outcome, and the same request with the same key gets the same answer again (marked
/// <c>Idempotent-Replayed: true</c>) without running twice. Problem details, writing nothing, for: no or a malformed
/// key (400), an unreadable body (400, naming the field), a body that is not JSON (415) or too large (413), the key
/// used for another request (422) or still running (409).
/// </summary>
internal static class CommandEndpoint
{
    public static RouteHandlerBuilder MapCommand<TCommand>(
        this RouteGroupBuilder group,
        string name,
        Func<TCommand, string> target,
        Func<CommandReads, TCommand, Actor, Task<Decision>> decide)
        where TCommand : class =>
        group.MapPost($"/{name}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (
            HttpContext http, LedgerRuntime runtime, CommandJson json, IdempotencyKeys keys, CancellationToken ct) =>
        {
            if (runtime.Store is not { } store)
            {
                return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var (key, keyProblem) = IdempotencyKeyHeader.Read(http.Request);
            if (key is null)
            {
                return keyProblem!;
            }
            var (body, bodyProblem) = await CommandBody.ReadAsync(http.Request, ct);
            if (body is null)
            {
                return bodyProblem!;
            }
            var actor = CurrentActor.Of(http);
            var fingerprint = RequestFingerprint.Of(http.Request, body);
            if (keys.TryStart(actor.PersonId, key, fingerprint) is { } running)
            {
                return running.AsSpan().SequenceEqual(fingerprint) ? IdempotencyProblems.Outstanding(key) : IdempotencyProblems.Reused(key);
            }
            try
            {
                if (await keys.FindAsync(store, actor.PersonId, key, ct) is { } remembered)
                {
                    return CommandAnswer.Replay(http, remembered, fingerprint, key);
                }
                var (command, problem) = CommandBody.Parse<TCommand>(body, json.Commands);
                if (command is null)
                {
                    return problem!;
                }
                string stream;
                try
                {
                    stream = target(command);
                }
                catch (ArgumentException e)
                {
                    return TypedResults.Problem(e.Message, title: "unreadable command", statusCode: StatusCodes.Status400BadRequest);
                }
                StoredAnswer? given = null;
                var request = new IdempotentRequest(actor.PersonId, key, fingerprint, outcome => given = CommandAnswer.For(outcome, json.Replies));
                try
                {
                    var outcome = await new CommandRunner(store).RunAsync(
                        typeof(TCommand).Name, stream, reads => decide(reads, command, actor), RequestContext.Of(http, actor), request, ct);
                    return CommandAnswer.Send(given ?? CommandAnswer.For(outcome, json.Replies));
                }
                catch (IdempotencyKeyTakenException)
                {
                    // Another process committed a request with this key first: answer from what it remembered.
                    return await keys.FindAsync(store, actor.PersonId, key, ct) is { } first
                        ? CommandAnswer.Replay(http, first, fingerprint, key)
                        : IdempotencyProblems.Outstanding(key);
                }
            }
            finally
            {
                keys.Finish(actor.PersonId, key);
            }
        })
        .Produces<CommandReply>(StatusCodes.Status200OK)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
        .WithName(typeof(TCommand).Name)
        // The body is read by hand, so the document learns its type here; .Accepts would also make routing answer a
        // wrong content type itself, before authorization and without the command's problem details.
        .AddOpenApiOperationTransformer(async (operation, context, ct) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(IdempotencyKeyParameter.Create());
            operation.RequestBody = await CommandRequestBody.CreateAsync(typeof(TCommand), context, ct);
        });
}
