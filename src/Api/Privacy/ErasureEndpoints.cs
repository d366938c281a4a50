using Ledger.Api.Commands;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Privacy;
using Ledger.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Privacy;

/// <summary>
/// Lawful erasure orders (PIPL Art. 47): a court or the supervising department orders a data subject's personal values
/// erased; the order is recorded as an event and the values and salts go in its transaction. Only erasure is offered,
/// not masking: a masked form kept beside the event could not be checked against its commitment, so it would be
/// neither evidence nor erased, and views can mask what they show without the ledger keeping a second copy.
/// </summary>
public static class ErasureEndpoints
{
    public const string EraseMode = "Erase";

    public static void MapErasureOrders(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/privacy").RequireAuthorization(LedgerPolicies.ErasureOrders).MapPost("/erasure-orders", IssueAsync);
    }

    private static async Task<Results<Ok<ErasureReply>, ProblemHttpResult>> IssueAsync(ErasureOrderBody body, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var actor = CurrentActor.Of(http);
        if (Problem(body) is { } shape)
        {
            return BadRequest(shape);
        }
        var order = new ErasureOrder(body.OrderReference!, body.LegalBasis!, new ErasureSubject(Enum.Parse<SubjectKind>(body.Subject!.Kind!), body.Subject.Id!));
        if (order.Problem(actor) is { } problem)
        {
            return BadRequest(problem);
        }
        try
        {
            var outcome = await ErasureOrders.CarryOutAsync(store, order, RequestContext.Of(http, actor), ct);
            var promise = outcome.Promise.Promise;
            return TypedResults.Ok(new ErasureReply(
                new AppendedEvent(promise.EventId, promise.Stream, promise.Version, Convert.ToHexStringLower(promise.EventHash), outcome.Promise.Note.ToString()),
                outcome.Erased));
        }
        catch (StreamConflictException e)
        {
            return TypedResults.Problem($"other orders for {order.Subject.Kind} {order.Subject.Id} kept committing first; nothing was erased, send the order again ({e.Message})",
                statusCode: StatusCodes.Status409Conflict);
        }
        catch (StoreUnavailableException)
        {
            return TypedResults.Problem("the database could not be reached; nothing was erased", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>What is missing or unknown in the body, or null; the order's own rules come after (<see cref="ErasureOrder.Problem"/>).</summary>
    private static string? Problem(ErasureOrderBody body) => body switch
    {
        { Mode: null } => $"the order must state its mode: {EraseMode}",
        { Mode: not EraseMode } => $"mode \"{body.Mode}\" is not offered: only {EraseMode} (value and salt deleted); a masked copy could not be checked against its commitment",
        { Subject: null } => "the order must name its subject: {\"kind\":\"Person\"|\"Organisation\",\"id\":\"…\"}",
        { Subject.Kind: var kind } when kind is null || !Enum.GetNames<SubjectKind>().Contains(kind) =>
            $"subject kind \"{kind}\" is neither {string.Join(" nor ", Enum.GetNames<SubjectKind>())}",
        { OrderReference: null } => "the order must state its order reference",
        { LegalBasis: null } => "the order must state its legal basis",
        { Subject.Id: null } => "the order must name its subject's id",
        _ => null,
    };

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "the erasure order is refused; nothing was erased");
}
