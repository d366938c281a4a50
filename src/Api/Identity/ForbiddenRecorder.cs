using Ledger.Actions;
using Ledger.Api.Hosting;
using Ledger.Store.Commands;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Ledger.Api.Identity;

/// <summary>
/// Answers a refused authorization with problem details, and records the attempt of an identified actor in their trail
/// (<see cref="ActionRefused"/>): trying what one's role may not do is itself evidence for the supervisors.
/// </summary>
public sealed class ForbiddenRecorder(LedgerRuntime runtime) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // Only attempts on real endpoints are evidence: a path that matches no route would otherwise let any token holder
        // write arbitrary text into the ledger, where no erasure order could reach it.
        if (!authorizeResult.Forbidden || CurrentActor.From(context.User) is not { } actor || context.GetEndpoint() is not RouteEndpoint route)
        {
            await standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var endpoint = $"{context.Request.Method} {route.RoutePattern.RawText}";
        var reason = $"role {actor.Role} may not use {endpoint}";
        if (runtime.Store is { } store)
        {
            await new CommandRunner(store).RunAsync(endpoint, route.RoutePattern.RawText ?? endpoint, _ => Task.FromResult(Decision.Refuse(reason, recordInTrail: true)), RequestContext.Of(context, actor), context.RequestAborted);
        }
        await TypedResults.Problem(reason, title: "forbidden", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }
}
