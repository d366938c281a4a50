using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Approvals;
using Ledger.Evidence;
using Ledger.Projections.Views.Actors;
using Ledger.Projections.Views.Addresses;
using Ledger.Projections.Views.Approvals;
using Ledger.Projections.Views.Tenders;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Views;

/// <summary>
/// The audit views, read from the documents Marten's async daemon keeps, which follow the events within seconds.
/// Lists are paged with <c>?page=</c> (from 1) and <c>?size=</c> (up to <see cref="MaxPageSize"/>). Reading sealed data
/// will itself be recorded once the API issue brings roles; until then the views are served with the development commands.
/// </summary>
public static class ViewEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static void MapViews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/views");
        group.MapGet("/tenders/{tenderId}/trail", TrailAsync).RequireAuthorization(LedgerPolicies.TenderTrails);
        group.MapGet("/actors/persons/{personId}", (string personId, int? page, int? size, LedgerRuntime runtime, CancellationToken ct) =>
            ActionsAsync(runtime, page, size, $"person {personId}", actions => actions.Where(a => a.PersonId == personId), ct)).RequireAuthorization(LedgerPolicies.Timelines);
        group.MapGet("/actors/organisations/{organisation}", (string organisation, int? page, int? size, LedgerRuntime runtime, CancellationToken ct) =>
            ActionsAsync(runtime, page, size, $"organisation {organisation}", actions => actions.Where(a => a.Organisation == organisation), ct)).RequireAuthorization(LedgerPolicies.Timelines);
        group.MapGet("/addresses/{standardAddressId}", AddressAsync).RequireAuthorization(LedgerPolicies.AddressRegister);
        group.MapGet("/addresses/properties/{propertyId}", PropertyAsync).RequireAuthorization(LedgerPolicies.AddressRegister);
        group.MapGet("/approvals/{caseId}", ApprovalAsync).RequireAuthorization(LedgerPolicies.ApprovalCases);
    }

    private static async Task<Results<Ok<Paged<TrailEntry>>, ProblemHttpResult>> TrailAsync(
        string tenderId, int? page, int? size, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (BadPaging(page, size, out var paging) is { } bad)
        {
            return bad;
        }
        await using var session = store.Marten.QuerySession();
        if (await session.LoadAsync<TenderTrail>(tenderId, ct) is not { } trail)
        {
            return NotFound($"no trail of tender {tenderId}");
        }
        var entries = trail.Entries.Skip((paging.Page - 1) * paging.Size).Take(paging.Size).ToList();
        return TypedResults.Ok(new Paged<TrailEntry>(paging.Page, paging.Size, trail.Entries.Count, entries));
    }

    private static async Task<Results<Ok<Paged<ActorAction>>, ProblemHttpResult>> ActionsAsync(
        LedgerRuntime runtime, int? page, int? size, string actor, Func<IQueryable<ActorAction>, IQueryable<ActorAction>> filter, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (BadPaging(page, size, out var paging) is { } bad)
        {
            return bad;
        }
        await using var session = store.Marten.QuerySession();
        var actions = await filter(session.Query<ActorAction>()).OrderBy(a => a.Sequence).ToPagedListAsync(paging.Page, paging.Size, ct);
        if (actions.TotalItemCount == 0)
        {
            return NotFound($"no recorded action of {actor}");
        }
        return TypedResults.Ok(new Paged<ActorAction>(paging.Page, paging.Size, actions.TotalItemCount, [.. actions]));
    }

    private static async Task<Results<Ok<AddressRegister>, ProblemHttpResult>> AddressAsync(
        string standardAddressId, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        await using var session = store.Marten.QuerySession();
        var properties = await session.Query<PropertyRegister>().Where(p => p.StandardAddressId == standardAddressId).OrderBy(p => p.Id).ToListAsync(ct);
        return properties.Count == 0
            ? NotFound($"no property has standardised address {standardAddressId}")
            : TypedResults.Ok(new AddressRegister(standardAddressId, properties));
    }

    private static async Task<Results<Ok<PropertyRegister>, ProblemHttpResult>> PropertyAsync(
        string propertyId, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        await using var session = store.Marten.QuerySession();
        return await session.LoadAsync<PropertyRegister>(propertyId, ct) is { } register
            ? TypedResults.Ok(register)
            : NotFound($"no register of property {propertyId}");
    }

    private static async Task<Results<Ok<ApprovalCaseReply>, ProblemHttpResult>> ApprovalAsync(
        string caseId, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        string stream;
        try
        {
            stream = ApprovalStreams.CaseStream(caseId);
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        await using var session = store.Marten.QuerySession();
        if (await session.LoadAsync<ApprovalCaseView>(stream, ct) is not { } view)
        {
            return NotFound($"no approval case {caseId}");
        }
        return TypedResults.Ok(new ApprovalCaseReply(view, ApprovalClock.At(view, LedgerTime.Truncate(store.Options.Clock.GetUtcNow()))));
    }

    private static ProblemHttpResult Starting() =>
        TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static ProblemHttpResult? BadPaging(int? page, int? size, out (int Page, int Size) paging)
    {
        paging = (page ?? 1, size ?? DefaultPageSize);
        return paging.Page >= 1 && paging.Size is >= 1 and <= MaxPageSize
            ? null
            : TypedResults.Problem($"page must be 1 or more and size 1 to {MaxPageSize}; got page {paging.Page}, size {paging.Size}", statusCode: StatusCodes.Status400BadRequest);
    }

    // TypedResults.NotFound(ProblemDetails) would answer application/json; a problem result answers application/problem+json.
    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);
}
