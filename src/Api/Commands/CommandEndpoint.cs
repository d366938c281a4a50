using Ledger.Actions;
using Ledger.Api.Hosting;
using Ledger.Store.Commands;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Commands;

/// <summary>
/// Maps one command to <c>POST {group}/{name}</c>: the body is the command, the actor comes from the
/// development headers <c>X-Ledger-Person</c>, <c>X-Ledger-Organisation</c> and <c>X-Ledger-Role</c> until the
/// API issue brings authentication. Accepted: 200 with the events' promises; refused: 422 problem details
/// naming the rule; unreadable body: 400.
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
            if (!TryActor(http.Request.Headers, out var actor, out var problem))
            {
                return TypedResults.Problem(problem, statusCode: StatusCodes.Status401Unauthorized);
            }
            var context = new EventContext(actor, http.TraceIdentifier, null, new ClientInfo(http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()));
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

    private static bool TryActor(IHeaderDictionary headers, out Actor actor, out string problem)
    {
        actor = null!;
        var person = headers["X-Ledger-Person"].ToString();
        var organisation = headers["X-Ledger-Organisation"].ToString();
        if (person.Length == 0 || organisation.Length == 0 || !Enum.TryParse<Role>(headers["X-Ledger-Role"].ToString(), out var role) || !Enum.IsDefined(role))
        {
            problem = "development commands need the headers X-Ledger-Person, X-Ledger-Organisation and X-Ledger-Role (a role name such as Bidder)";
            return false;
        }
        actor = new Actor(person, null, organisation, role);
        problem = string.Empty;
        return true;
    }
}
