using Ledger.Actions;

namespace Ledger.Api.Identity;

/// <summary>The <see cref="EventContext"/> of what a request records: its actor, the request as correlation, its client.</summary>
public static class RequestContext
{
    public static EventContext Of(HttpContext http, Actor actor) =>
        new(actor, http.TraceIdentifier, null, new ClientInfo(
            http.Connection.RemoteIpAddress?.ToString(),
            http.Request.Headers.UserAgent.ToString(),
            http.Connection.ClientCertificate?.Subject));
}
