using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Ledger.Actions;

namespace Ledger.Api.Identity;

/// <summary>
/// The actor a bidder's CA certificate (企业数字证书) names: the organisation by its unified social credit code, which
/// Chinese CAs put in the subject's organizationIdentifier (2.5.4.97) or serialNumber (2.5.4.5), the person by the
/// subject's common name, and the role <see cref="Role.Bidder"/>: certificates are how bidders sign their bid files, so a
/// certificate login is a bidder's. The person's name stays personal data (committed in events, not hashed in clear).
/// </summary>
public static class CertificateActor
{
    private const string OrganizationIdentifier = "2.5.4.97";
    private const string SerialNumber = "2.5.4.5";

    /// <summary>The claims of the certificate's actor, or null when its subject names no organisation.</summary>
    public static IEnumerable<Claim>? ClaimsOf(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var subject = certificate.SubjectName.EnumerateRelativeDistinguishedNames().ToList();
        string? Attribute(string oid) => subject.FirstOrDefault(n => n.GetSingleElementType().Value == oid)?.GetSingleElementValue();
        var organisation = Attribute(OrganizationIdentifier) ?? Attribute(SerialNumber);
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return null;
        }
        var name = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        List<Claim> claims =
        [
            // The person is the certificate itself (its thumbprint): a CA certificate names a holder, not an account id.
            new(ActorClaims.Person, $"cert-{certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)[..16].ToLowerInvariant()}"),
            new(ActorClaims.Organisation, organisation),
            new(ActorClaims.Role, nameof(Role.Bidder)),
        ];
        if (!string.IsNullOrWhiteSpace(name))
        {
            claims.Add(new Claim(ActorClaims.Name, name));
        }
        return claims;
    }
}
