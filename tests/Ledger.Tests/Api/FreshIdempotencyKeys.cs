namespace Ledger.Tests.Api;

/// <summary>
/// Gives every POST that carries no <c>Idempotency-Key</c> a new one, as a well-behaved client does for each new
/// request, so tests about other things need not spell keys out; tests about keys set them themselves.
/// </summary>
internal sealed class FreshIdempotencyKeys : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && !request.Headers.Contains("Idempotency-Key"))
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        return base.SendAsync(request, cancellationToken);
    }
}
