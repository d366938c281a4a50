using Ledger.Access;
using Ledger.Addresses.Certificates;
using Ledger.Api.Evidence;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Api.Reads;
using Ledger.Evidence.Packages;
using Ledger.Store.Packages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Addresses;

/// <summary>
/// 存证证书 by number, for the registration that cites one instead of paper proof of address:
/// <c>GET /addresses/certificates/{number}</c> answers its status as of now (valid, or withdrawn with when and why),
/// the property, standardised address, registry record and owner it certifies, and the confirmation event whose
/// receipt is at <c>/receipts/{confirmationEventId}</c>; <c>GET /addresses/certificates/{number}/package</c> answers the
/// evidence package of the events behind it (the property stream up to the confirmation, and the withdrawal), once
/// they are sealed. The status is not a recorded read, since checking what is cited is the routine; the package is
/// an export and is recorded like one, under <c>?purpose=</c> or the certificate's number.
/// </summary>
public static class AddressCertificateEndpoints
{
    public static void MapAddressCertificates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/addresses/certificates");
        group.MapGet("{number}", StatusAsync).RequireAuthorization(LedgerPolicies.AddressCertificates);
        // The package discloses the owner's personal values (a natural person's name and ID number), and certificate
        // numbers can be recomputed from property ids: only those who examine evidence take it, not applicants.
        group.MapGet("{number}/package", PackageAsync).RequireAuthorization(LedgerPolicies.CertificatePackages);
    }

    private static async Task<Results<Ok<AddressCertificate>, ProblemHttpResult>> StatusAsync(string number, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        var (certificate, problem) = await CertificateLookup.FindAsync(store, number, ct);
        return certificate is null ? problem! : TypedResults.Ok(certificate);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PackageAsync(string number, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        var (certificate, problem) = await CertificateLookup.FindAsync(store, number, ct);
        if (certificate is null)
        {
            return problem!;
        }
        var purpose = http.Request.Query[RecordedRead.Purpose].ToString();
        var caseReference = string.IsNullOrWhiteSpace(purpose) ? $"存证证书 {number}" : purpose;
        var actor = CurrentActor.Of(http);
        EvidencePackage package;
        try
        {
            package = await store.ExportPackageAsync(
                new PackageRequest(
                    PackageScope.Events(certificate.EvidenceEventIds),
                    caseReference,
                    new ExportedFor(actor.PersonId, actor.Organisation, actor.Role.ToString()),
                    PackageEndpoints.Certificate),
                ct);
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (PackageRefusedException e)
        {
            return PackageEndpoints.Refused(e, http);
        }
        if (await RecordedRead.GrantedAsync(http, store, ReadSubject.EvidenceExport($"address-certificate:{number}", null), caseReference, ct) is { } unrecorded)
        {
            return unrecorded;
        }
        http.Response.Headers["X-Ledger-Verification-Code"] = package.VerificationCode;
        return TypedResults.File(package.Bytes, "application/zip", package.FileName);
    }

    private static ProblemHttpResult Starting() =>
        TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
}
