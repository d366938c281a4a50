using Ledger.Actions;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Store.Commands;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Commands;

/// <summary>
/// Maps one command to <c>POST {group}/{name}</c>: the body is the command, the actor is the bearer token's (the
/// group's policy has admitted its role). Accepted: 200 with the events' promises; refused: 422 problem details naming
/// the rule; unreadable body: 400.
/// </summary>
internal static class CommandEndpoint
{
    public static RouteHandlerBuilder MapCommand<TCommand>(
        this RouteGroupBuilder group,
        string name,
        Func<TCommand, string> target,
        Func<CommandReads, TCommand, Actor, Task<Decision>> decide)
        where TCommand : class =>
        group.MapPost($"/{name}", async Task<Results<Ok<CommandReply>, ProblemHttpResult>> (TCommand command, HttpContext http, LedgerRuntime runtime, CancellationToken ct) =>
        {
            if (runtime.Store is not { } store)
            {
                return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var actor = CurrentActor.Of(http);
            var context = RequestContext.Of(http, actor);
            string stream;
            try
            {
                stream = target(command);
            }
            catch (ArgumentException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
            var outcome = await new CommandRunner(store).RunAsync(typeof(TCommand).Name, stream, reads => decide(reads, command, actor), context, ct);
            if (!outcome.IsAccepted)
            {
                return TypedResults.Problem(outcome.Refusal, title: "command refused", statusCode: StatusCodes.Status422UnprocessableEntity);
            }
            return TypedResults.Ok(new CommandReply([.. outcome.Promises.Select(p => new AppendedEvent(
                p.Promise.EventId, p.Promise.Stream, p.Promise.Version, Convert.ToHexStringLower(p.Promise.EventHash), p.Note.ToString()))]));
        });
}
