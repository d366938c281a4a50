using Ledger.Addresses;
using Ledger.Addresses.Certificates;
using Ledger.Addresses.Events;
using Ledger.Store;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Addresses;

/// <summary>
/// Finds a certificate by its number: the confirmation that issued it names the property, whose stream is then read
/// as it stands, so the status includes every withdrawal up to this moment.
/// </summary>
internal static class CertificateLookup
{
    /// <summary>The certificate, or the problem to answer: 400 for a malformed number, 404 for an unknown one, 409
    /// when owners gave the same number of their own on two properties (the ledger's own numbers never collide).</summary>
    public static async Task<(AddressCertificate? Certificate, ProblemHttpResult? Problem)> FindAsync(LedgerStore store, string number, CancellationToken ct)
    {
        if (CertificateNumbers.Problem(number) is { } bad)
        {
            return (null, TypedResults.Problem(bad, statusCode: StatusCodes.Status400BadRequest));
        }
        await using var session = store.Marten.QuerySession();
        var issued = await session.Events.QueryRawEventDataOnly<OwnerConfirmationGiven>()
            .Where(e => e.CertificateNumber == number)
            .ToListAsync(ct);
        var properties = issued.Select(e => e.PropertyId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        switch (properties.Count)
        {
            case 0:
                return (null, TypedResults.Problem($"no certificate {number} was issued", statusCode: StatusCodes.Status404NotFound));
            case > 1:
                return (null, TypedResults.Problem(
                    $"certificate number {number} was given on properties {string.Join(", ", properties)}; ask their owners which is meant",
                    statusCode: StatusCodes.Status409Conflict));
        }
        var events = await session.Events.FetchStreamAsync(AddressStreams.PropertyStream(properties[0]), token: ct);
        return AddressCertificate.Find(number, [.. events.Select(e => (e.Id, e.Data))]) is { } certificate
            ? (certificate, null)
            : (null, TypedResults.Problem($"no certificate {number} was issued", statusCode: StatusCodes.Status404NotFound));
    }
}
