using System.Security.Cryptography;
using System.Text;

namespace Ledger.Api.Idempotency;

/// <summary>What a request was, for telling a retry (same fingerprint) from a reused key: SHA-256 of method, path and body bytes.</summary>
internal static class RequestFingerprint
{
    public static byte[] Of(HttpRequest request, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.PathBase}{request.Path}\n"));
        hash.AppendData(body);
        return hash.GetHashAndReset();
    }
}
