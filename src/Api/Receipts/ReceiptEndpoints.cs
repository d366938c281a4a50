using Ledger.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Receipts;

public static class ReceiptEndpoints
{
    /// <summary>
    /// <c>GET /receipts/{eventId}</c>: 200 with the full receipt (<c>ledger-receipt/v1</c> JSON) once the event
    /// is sealed; 202 with the signed promise (text) while it waits; 404 for an unknown id.
    /// </summary>
    public static void MapReceipts(this IEndpointRouteBuilder app) =>
        app.MapGet("/receipts/{eventId:guid}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid eventId, LedgerRuntime runtime, CancellationToken ct) =>
        {
            if (runtime.Store is not { } store)
            {
                return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var lookup = await store.GetReceiptAsync(eventId, ct);
            if (!lookup.Found)
            {
                return TypedResults.Problem($"no event {eventId}", statusCode: StatusCodes.Status404NotFound);
            }
            return lookup.IsSealed
                ? TypedResults.Text(lookup.Receipt!.ToJson(), "application/json", statusCode: StatusCodes.Status200OK)
                : TypedResults.Text(lookup.Promise!.ToString(), "text/plain; charset=utf-8", statusCode: StatusCodes.Status202Accepted);
        });
}
