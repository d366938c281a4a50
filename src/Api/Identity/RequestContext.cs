using Ledger.Actions;
using Microsoft.AspNetCore.Authentication.Certificate;

namespace Ledger.Api.Identity;

/// <summary>The <see cref="EventContext"/> of what a request records: its actor, the request as correlation, its client.</summary>
public static class RequestContext
{
    public static EventContext Of(HttpContext http, Actor actor) =>
        new(actor, http.TraceIdentifier, null, new ClientInfo(
            http.Connection.RemoteIpAddress?.ToString(),
            http.Request.Headers.UserAgent.ToString(),
            // Only a certificate that authenticated the request is the actor's; one presented beside a bearer token was
            // never checked and must not be tied to the person.
            http.User.Identity?.AuthenticationType == CertificateAuthenticationDefaults.AuthenticationScheme ? http.Connection.ClientCertificate?.Subject : null));
}
