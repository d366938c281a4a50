using Ledger.Access;
using Ledger.Api.Bidding;
using Ledger.Api.Evidence.Certificates;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Api.Reads;
using Ledger.Evidence.Packages;
using Ledger.Projections.Warnings;
using Ledger.Store;
using Ledger.Store.Packages;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Evidence;

/// <summary>
/// <c>POST /evidence/packages</c>: a certified evidence package (<c>ledger-evidence-package/v1</c> zip with its PDF
/// certificate) of a tender, a company, an address, a property, an approval case, a warning or a list of events, for the
/// stated case. The export is recorded in the exporter's trail before the file is served; <c>ledger-verify package</c>
/// checks the file offline.
/// </summary>
public static class PackageEndpoints
{
    public static void MapEvidencePackages(this IEndpointRouteBuilder app) =>
        app.MapPost("/evidence/packages", ExportAsync).RequireAuthorization(LedgerPolicies.EvidenceExport);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(PackageOrder order, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (string.IsNullOrWhiteSpace(order.CaseReference))
        {
            return BadRequest("caseReference is required: the case or file number this export is for");
        }
        PackageScope scope;
        try
        {
            if (await ScopeAsync(order.Scope, store, ct) is not { } found)
            {
                return TypedResults.Problem($"no warning {order.Scope?.Id}", statusCode: StatusCodes.Status404NotFound);
            }
            scope = found;
        }
        catch (ArgumentException e)
        {
            return BadRequest(e.Message);
        }
        var actor = CurrentActor.Of(http);
        EvidencePackage package;
        try
        {
            package = await store.ExportPackageAsync(
                new PackageRequest(scope, order.CaseReference, new ExportedFor(actor.PersonId, actor.Organisation, actor.Role.ToString()), Certificate), ct);
        }
        catch (ArgumentException e)
        {
            return BadRequest(e.Message);
        }
        catch (PackageRefusedException e)
        {
            return Refused(e, http);
        }
        // The package is checked as a court would check it before it leaves, which also lists its events: a bid of a tender
        // not yet opened is sealed from the courts too (BidSecrecy), and asking for one is recorded as such an attempt.
        var check = PackageVerifier.Verify(package.Bytes, store.Keys.Keyring);
        if (!check.IsValid)
        {
            return TypedResults.Problem($"the exported package does not verify: {check.Failure}", statusCode: StatusCodes.Status500InternalServerError);
        }
        foreach (var tender in check.Value!.Manifest.Events.Select(e => BidSecrecy.BidOf(e.Stream)?.TenderId).OfType<string>().Distinct())
        {
            if (!await BidSecrecy.IsOpenedAsync(store, tender, ct))
            {
                return await RecordedRead.DeniedAsync(http, store, ReadSubject.SealedBid(tender, null),
                    $"the package would hold bids of tender {tender}, which are sealed until its opening; no one may export them before", ct);
            }
        }
        var label = scope.Label.Id is { } id ? $"{scope.Label.Kind}:{id}" : $"{scope.Label.Kind}:{package.Facts.EventCount} events";
        var tenderId = scope.Label.Kind == "tender" ? scope.Label.Id : null;
        if (await RecordedRead.GrantedAsync(http, store, ReadSubject.EvidenceExport(label, tenderId), order.CaseReference, ct) is { } unrecorded)
        {
            return unrecorded;
        }
        http.Response.Headers["X-Ledger-Verification-Code"] = package.VerificationCode;
        return TypedResults.File(package.Bytes, "application/zip", package.FileName);
    }

    /// <summary>The store's scope for the order; null for a warning id no detector raised.</summary>
    private static async Task<PackageScope?> ScopeAsync(PackageOrderScope? scope, LedgerStore store, CancellationToken ct)
    {
        var id = scope?.Id ?? "";
        switch (scope?.Kind)
        {
            case "tender": return PackageScope.Tender(id);
            case "company": return PackageScope.Company(id);
            case "address": return PackageScope.Address(id);
            case "property": return PackageScope.Property(id);
            case "approval": return PackageScope.Approval(id);
            case "events": return PackageScope.Events(scope.Events ?? throw new ArgumentException("scope.events lists the event ids of an events scope"));
            case "warning":
                await using (var session = store.Marten.QuerySession())
                {
                    return await session.LoadAsync<WarningRecord>(id, ct) is { } warning ? PackageScope.Warning(warning.Id, warning.Events) : null;
                }
            default:
                throw new ArgumentException($"scope.kind must be tender, company, address, property, approval, warning or events; got '{scope?.Kind}'");
        }
    }

    /// <summary>The PDF certificate of a package; also used by the address certificates' packages.</summary>
    internal static byte[] Certificate(PackageFacts facts) => CertificatePdf.Render(new CertificateContent(
        facts.VerificationCode,
        facts.ManifestHash,
        facts.Origin,
        facts.Suite,
        new CertificateScope(facts.Scope.Kind, facts.Scope.Id ?? $"{facts.EventCount} events"),
        facts.CaseReference,
        new CertificateRecipient(facts.ExportedFor.Person, facts.ExportedFor.Organisation, facts.ExportedFor.Role),
        facts.ExportedAt,
        facts.NewestBlockHeight,
        facts.NewestBlockSize,
        facts.EventCount,
        [.. facts.FirstEvents.Select(e => new CertificateEvent(e.Leaf, e.Stream, e.Type, e.Time))]));

    internal static ProblemHttpResult Refused(PackageRefusedException e, HttpContext http)
    {
        if (e.Reason == PackageRefusal.NotSealed)
        {
            // The sealer seals every half second by default: a client may simply ask again.
            http.Response.Headers.RetryAfter = "1";
        }
        var status = e.Reason switch
        {
            PackageRefusal.NoEvents or PackageRefusal.UnknownEvents => StatusCodes.Status404NotFound,
            PackageRefusal.NotSealed => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return TypedResults.Problem(e.Message, title: "not exported", statusCode: status);
    }

    private static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
}
