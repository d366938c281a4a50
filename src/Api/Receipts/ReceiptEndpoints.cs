using System.Text.Json;
using Ledger.Actions;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Receipts;

public static class ReceiptEndpoints
{
    /// <summary>Roles that may see any event's receipt: the centre that records them and the oversight bodies.</summary>
    private static readonly HashSet<Role> SeeAll = [Role.CentreOperator, Role.Supervisor, Role.DisciplineInspector, Role.Auditor, Role.Court];

    /// <summary>
    /// <c>GET /receipts/{eventId}</c>: 200 with the full receipt (<c>ledger-receipt/v1</c> JSON) once the event
    /// is sealed; 202 with the signed promise (text) while it waits; 404 for an unknown id. A receipt carries the event,
    /// so others' receipts are shown only to the centre and the oversight bodies: to anyone else an event of another
    /// person and organisation is as unknown as a missing one.
    /// </summary>
    public static void MapReceipts(this IEndpointRouteBuilder app) =>
        app.MapGet("/receipts/{eventId:guid}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid eventId, HttpContext http, LedgerRuntime runtime, CancellationToken ct) =>
        {
            if (runtime.Store is not { } store)
            {
                return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var lookup = await store.GetReceiptAsync(eventId, ct);
            if (!lookup.Found || !MaySee(CurrentActor.Of(http), lookup.Event!))
            {
                return TypedResults.Problem($"no event {eventId} of yours", statusCode: StatusCodes.Status404NotFound);
            }
            return lookup.IsSealed
                ? TypedResults.Text(lookup.Receipt!.ToJson(), "application/json", statusCode: StatusCodes.Status200OK)
                : TypedResults.Text(lookup.Promise!.ToString(), "text/plain; charset=utf-8", statusCode: StatusCodes.Status202Accepted);
        }).RequireAuthorization(LedgerPolicies.AnyActor);

    private static bool MaySee(Actor caller, string canonical)
    {
        if (SeeAll.Contains(caller.Role))
        {
            return true;
        }
        using var document = JsonDocument.Parse(canonical);
        if (!document.RootElement.TryGetProperty("meta", out var meta) || !meta.TryGetProperty("actor", out var actor))
        {
            return false;
        }
        return (actor.TryGetProperty("personId", out var person) && person.GetString() == caller.PersonId)
            || (actor.TryGetProperty("organisation", out var organisation) && organisation.GetString() == caller.Organisation);
    }
}
