using System.Text.Json;
using Ledger.Actions;
using Ledger.Api.Bidding;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Store;
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
    /// person and organisation is as unknown as a missing one. A bid's events stay hidden until the opening from all but
    /// that bidder (<see cref="BidSecrecy"/>).
    /// </summary>
    public static void MapReceipts(this IEndpointRouteBuilder app) =>
        app.MapGet("/receipts/{eventId:guid}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid eventId, HttpContext http, LedgerRuntime runtime, CancellationToken ct) =>
        {
            if (runtime.Store is not { } store)
            {
                return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var lookup = await store.GetReceiptAsync(eventId, ct);
            var caller = CurrentActor.Of(http);
            if (!lookup.Found || !await MaySeeAsync(store, caller, lookup.Event!, ct))
            {
                return TypedResults.Problem($"no event {eventId} of yours", statusCode: StatusCodes.Status404NotFound);
            }
            return lookup.IsSealed
                ? TypedResults.Text(lookup.Receipt!.ToJson(), "application/json", statusCode: StatusCodes.Status200OK)
                : TypedResults.Text(lookup.Promise!.ToString(), "text/plain; charset=utf-8", statusCode: StatusCodes.Status202Accepted);
        }).RequireAuthorization(LedgerPolicies.AnyActor);

    /// <summary>A bidder sees every event of its own bid stream (the centre records its deposit there); others see the
    /// events they acted in, the centre and oversight see all, and nobody but the bidder sees a bid before the opening.</summary>
    private static async Task<bool> MaySeeAsync(LedgerStore store, Actor caller, string canonical, CancellationToken ct)
    {
        string stream;
        using (var document = JsonDocument.Parse(canonical))
        {
            stream = document.RootElement.GetProperty("stream").GetString()!;
        }
        if (BidSecrecy.BidOf(stream) is { } bid && caller.Role == Role.Bidder && caller.Organisation == bid.BidderId)
        {
            return true;
        }
        return ActedOrOversees(caller, canonical) && await BidSecrecy.MaySeeAsync(store, caller, stream, ct);
    }

    private static bool ActedOrOversees(Actor caller, string canonical)
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
