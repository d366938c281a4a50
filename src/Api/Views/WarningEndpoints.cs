using Ledger.Api.Hosting;
using Ledger.Access;
using Ledger.Api.Identity;
using Ledger.Api.Reads;
using Ledger.Projections.Detectors;
using Ledger.Projections.Warnings;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Views;

/// <summary>
/// The detectors' warnings, read from the <see cref="WarningRecord"/>s the async daemon keeps, strongest first (score
/// descending, then id). Paged like the views, and like them each read is recorded with its stated purpose.
/// </summary>
public static class WarningEndpoints
{
    public static void MapWarnings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/views").RequireAuthorization(LedgerPolicies.Warnings);
        group.MapGet("/warnings", ListAsync);
        group.MapGet("/warnings/network", NetworkAsync);
        group.MapGet("/tenders/{tenderId}/warnings", TenderAsync);
    }

    /// <summary>A tender's warnings; 404 for a tender the detectors have seen no event of.</summary>
    private static async Task<Results<Ok<Paged<WarningRecord>>, ProblemHttpResult>> TenderAsync(
        string tenderId, int? page, int? size, bool? cleared, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is { } store)
        {
            await using var session = store.Marten.QuerySession();
            if (await session.LoadAsync<TenderInputs>(tenderId, ct) is null)
            {
                return TypedResults.Problem($"no event of tender {tenderId} has reached the detectors", statusCode: StatusCodes.Status404NotFound);
            }
        }
        return await PageAsync(http, runtime, page, size, cleared, ReadSubject.Warnings(tenderId, null), query => query.Where(w => w.TenderId == tenderId), ct);
    }

    /// <summary>
    /// <c>?rule=</c> a rule id, <c>?family=</c> bidding, address or approval, <c>?subject=</c> a subject or its start
    /// (<c>T-1</c> finds <c>T-1:B-1+B-2</c>), <c>?cleared=true</c> to include warnings that no longer hold.
    /// </summary>
    private static Task<Results<Ok<Paged<WarningRecord>>, ProblemHttpResult>> ListAsync(
        string? rule, string? family, string? subject, int? page, int? size, bool? cleared, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (family is not null && !WarningFamily.All.Contains(family))
        {
            return Task.FromResult<Results<Ok<Paged<WarningRecord>>, ProblemHttpResult>>(
                TypedResults.Problem($"family must be one of {string.Join(", ", WarningFamily.All)}; got {family}", statusCode: StatusCodes.Status400BadRequest));
        }
        var filter = string.Join('&', new[] { ("rule", rule), ("family", family), ("subject", subject) }.Where(f => f.Item2 is not null).Select(f => $"{f.Item1}={f.Item2}"));
        return PageAsync(http, runtime, page, size, cleared, ReadSubject.Warnings(null, filter.Length == 0 ? null : filter), query =>
        {
            if (rule is not null)
            {
                query = query.Where(w => w.Rule == rule);
            }
            if (family is not null)
            {
                query = query.Where(w => w.Family == family);
            }
            return subject is null ? query : query.Where(w => w.Subject.StartsWith(subject));
        }, ct);
    }

    /// <summary>The cross-tender network warnings, computed over every opened tender as of this call.</summary>
    private static async Task<Results<Ok<IReadOnlyList<Warning>>, ProblemHttpResult>> NetworkAsync(HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (await RecordedRead.GrantedAsync(http, store, ReadSubject.Warnings(null, "network"), ct) is { } unrecorded)
        {
            return unrecorded;
        }
        await using var session = store.Marten.QuerySession();
        return TypedResults.Ok(await BidderNetworkWarnings.DetectAsync(session, new DetectorThresholds().Network, ct));
    }

    private static async Task<Results<Ok<Paged<WarningRecord>>, ProblemHttpResult>> PageAsync(
        HttpContext http, LedgerRuntime runtime, int? page, int? size, bool? cleared, ReadSubject subject, Func<IQueryable<WarningRecord>, IQueryable<WarningRecord>> filter, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        var (p, s) = (page ?? 1, size ?? ViewEndpoints.DefaultPageSize);
        if (p < 1 || s is < 1 or > ViewEndpoints.MaxPageSize)
        {
            return TypedResults.Problem($"page must be 1 or more and size 1 to {ViewEndpoints.MaxPageSize}; got page {p}, size {s}", statusCode: StatusCodes.Status400BadRequest);
        }
        if (await RecordedRead.GrantedAsync(http, store, subject, ct) is { } unrecorded)
        {
            return unrecorded;
        }
        await using var session = store.Marten.QuerySession();
        var query = filter(session.Query<WarningRecord>());
        if (cleared != true)
        {
            query = query.Where(w => w.ClearedAt == null);
        }
        var warnings = await query.OrderByDescending(w => w.Score).ThenBy(w => w.Id).ToPagedListAsync(p, s, ct);
        return TypedResults.Ok(new Paged<WarningRecord>(p, s, warnings.TotalItemCount, [.. warnings]));
    }

    private static ProblemHttpResult Starting() =>
        TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
}
