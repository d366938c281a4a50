using Ledger.Access;
using Ledger.Api.Identity;
using Ledger.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Reads;

/// <summary>
/// Reads of trails, of sealed or personal data and of warnings are recorded in the reader's trail (<see cref="AccessLog"/>)
/// before anything is served, with the case or purpose the reader states in <c>?purpose=</c>: the readers are audited too,
/// and the Art. 41 detectors see who looked at sealed bids and panels. A read that cannot be recorded is not served.
/// </summary>
public static class RecordedRead
{
    /// <summary>The query parameter naming the case or purpose of a read.</summary>
    public const string Purpose = "purpose";

    private const string NoPurpose = "(no purpose stated)";

    /// <summary>Records a granted read; null once recorded, else the problem to answer instead of the data.</summary>
    public static Task<ProblemHttpResult?> GrantedAsync(HttpContext http, LedgerStore store, ReadSubject subject, CancellationToken ct) =>
        GrantedAsync(http, store, subject, http.Request.Query[Purpose].ToString(), ct);

    /// <summary>As <see cref="GrantedAsync(HttpContext, LedgerStore, ReadSubject, CancellationToken)"/>, with the purpose
    /// stated otherwise (an export's case reference).</summary>
    public static async Task<ProblemHttpResult?> GrantedAsync(HttpContext http, LedgerStore store, ReadSubject subject, string purpose, CancellationToken ct)
    {
        var actor = CurrentActor.Of(http);
        if (AccessLog.Problem(actor, subject, purpose, AccessOutcome.Granted, null) is { } problem)
        {
            return TypedResults.Problem($"{problem} (?{Purpose}=…)", statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            await AccessLog.RecordAsync(store, RequestContext.Of(http, actor), subject, purpose, AccessOutcome.Granted, null, ct);
            return null;
        }
        catch (Exception e) when (e is StoreUnavailableException or StreamConflictException)
        {
            return NotRecorded();
        }
    }

    /// <summary>
    /// Records a refused read (an attempt on sealed data is itself what the supervisors look for) and gives the 403 to
    /// answer. The attempt is recorded even without a stated purpose.
    /// </summary>
    public static async Task<ProblemHttpResult> DeniedAsync(HttpContext http, LedgerStore store, ReadSubject subject, string reason, CancellationToken ct)
    {
        if (subject.Problem() is { } unreadable)
        {
            return TypedResults.Problem(unreadable, statusCode: StatusCodes.Status400BadRequest);
        }
        var stated = http.Request.Query[Purpose].ToString();
        var actor = CurrentActor.Of(http);
        var purpose = AccessLog.Problem(actor, subject, stated, AccessOutcome.Denied, reason) is null ? stated : NoPurpose;
        try
        {
            await AccessLog.RecordAsync(store, RequestContext.Of(http, actor), subject, purpose, AccessOutcome.Denied, reason, ct);
        }
        catch (Exception e) when (e is StoreUnavailableException or StreamConflictException)
        {
            return NotRecorded();
        }
        return TypedResults.Problem(reason, title: "forbidden", statusCode: StatusCodes.Status403Forbidden);
    }

    private static ProblemHttpResult NotRecorded() =>
        TypedResults.Problem("the read could not be recorded in the ledger, so nothing is served; try again", statusCode: StatusCodes.Status503ServiceUnavailable);
}
