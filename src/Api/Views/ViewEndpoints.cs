using Ledger.Api.Bidding;
using Ledger.Api.Hosting;
using Ledger.Access;
using Ledger.Api.Identity;
using Ledger.Api.Reads;
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
/// Lists are paged with <c>?page=</c> (from 1) and <c>?size=</c> (up to <see cref="MaxPageSize"/>). Every read is recorded in
/// the reader's trail with the purpose stated in <c>?purpose=</c> (<see cref="RecordedRead"/>) before the view is served.
/// </summary>
public static class ViewEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static void MapViews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/views");
        group.MapGet("/tenders/{tenderId}/trail", TrailAsync).RequireAuthorization(LedgerPolicies.TenderTrails);
        group.MapGet("/actors/persons/{personId}", (string personId, int? page, int? size, HttpContext http, LedgerRuntime runtime, CancellationToken ct) =>
            ActionsAsync(http, runtime, page, size, $"person {personId}", ReadSubject.PersonTimeline(personId), actions => actions.Where(a => a.PersonId == personId), ct)).RequireAuthorization(LedgerPolicies.Timelines);
        group.MapGet("/actors/organisations/{organisation}", (string organisation, int? page, int? size, HttpContext http, LedgerRuntime runtime, CancellationToken ct) =>
            ActionsAsync(http, runtime, page, size, $"organisation {organisation}", ReadSubject.OrganisationTimeline(organisation), actions => actions.Where(a => a.Organisation == organisation), ct)).RequireAuthorization(LedgerPolicies.Timelines);
        group.MapGet("/addresses/{standardAddressId}", AddressAsync).RequireAuthorization(LedgerPolicies.AddressRegister);
        group.MapGet("/addresses/properties/{propertyId}", PropertyAsync).RequireAuthorization(LedgerPolicies.AddressRegister);
        group.MapGet("/approvals/{caseId}", ApprovalAsync).RequireAuthorization(LedgerPolicies.ApprovalCases);
    }

    private static async Task<Results<Ok<Paged<TrailEntry>>, ProblemHttpResult>> TrailAsync(
        string tenderId, int? page, int? size, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
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
        if (await RecordedRead.GrantedAsync(http, store, ReadSubject.TenderTrail(tenderId), ct) is { } unrecorded)
        {
            return unrecorded;
        }
        // Before the opening the bid streams' entries (who obtained documents, paid, bid) are withheld from every reader.
        var visible = await BidSecrecy.IsOpenedAsync(store, tenderId, ct) ? trail.Entries : [.. trail.Entries.Where(e => BidSecrecy.BidOf(e.Stream) is null)];
        var entries = visible.Skip((paging.Page - 1) * paging.Size).Take(paging.Size).ToList();
        return TypedResults.Ok(new Paged<TrailEntry>(paging.Page, paging.Size, visible.Count, entries));
    }

    private static async Task<Results<Ok<Paged<ActorAction>>, ProblemHttpResult>> ActionsAsync(
        HttpContext http, LedgerRuntime runtime, int? page, int? size, string actor, ReadSubject subject, Func<IQueryable<ActorAction>, IQueryable<ActorAction>> filter, CancellationToken ct)
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
        // Before the opening, actions in a bid stream (who obtained documents, paid, bid) are withheld (BidSecrecy).
        var bidStreams = await filter(session.Query<ActorAction>()).Where(a => a.Stream.StartsWith("bid/")).Select(a => a.Stream).Distinct().ToListAsync(ct);
        var withheld = new List<string>();
        foreach (var tender in bidStreams.GroupBy(s => BidSecrecy.BidOf(s)!.Value.TenderId))
        {
            if (!await BidSecrecy.IsOpenedAsync(store, tender.Key, ct))
            {
                withheld.AddRange(tender);
            }
        }
        var sealedStreams = withheld.ToArray();
        var actions = await filter(session.Query<ActorAction>()).Where(a => !a.Stream.IsOneOf(sealedStreams)).OrderBy(a => a.Sequence).ToPagedListAsync(paging.Page, paging.Size, ct);
        if (actions.TotalItemCount == 0)
        {
            return NotFound($"no recorded action of {actor}");
        }
        if (await RecordedRead.GrantedAsync(http, store, subject, ct) is { } unrecorded)
        {
            return unrecorded;
        }
        return TypedResults.Ok(new Paged<ActorAction>(paging.Page, paging.Size, actions.TotalItemCount, [.. actions]));
    }

    private static async Task<Results<Ok<AddressRegister>, ProblemHttpResult>> AddressAsync(
        string standardAddressId, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        await using var session = store.Marten.QuerySession();
        var properties = await session.Query<PropertyRegister>().Where(p => p.StandardAddressId == standardAddressId).OrderBy(p => p.Id).ToListAsync(ct);
        if (properties.Count == 0)
        {
            return NotFound($"no property has standardised address {standardAddressId}");
        }
        return await RecordedRead.GrantedAsync(http, store, ReadSubject.AddressRegister(standardAddressId), ct) is { } unrecorded
            ? unrecorded
            : TypedResults.Ok(new AddressRegister(standardAddressId, properties));
    }

    private static async Task<Results<Ok<PropertyRegister>, ProblemHttpResult>> PropertyAsync(
        string propertyId, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        await using var session = store.Marten.QuerySession();
        if (await session.LoadAsync<PropertyRegister>(propertyId, ct) is not { } register)
        {
            return NotFound($"no register of property {propertyId}");
        }
        return await RecordedRead.GrantedAsync(http, store, ReadSubject.AddressRegister(propertyId), ct) is { } unrecorded ? unrecorded : TypedResults.Ok(register);
    }

    private static async Task<Results<Ok<ApprovalCaseReply>, ProblemHttpResult>> ApprovalAsync(
        string caseId, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
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
        if (await RecordedRead.GrantedAsync(http, store, ReadSubject.ApprovalCase(caseId), ct) is { } unrecorded)
        {
            return unrecorded;
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
