using System.Security.Cryptography;

namespace Ledger.Evidence.Crypto;

internal sealed class IntlSuite : CryptoSuite
{
    public override string Name => "intl";

    public override SignatureScheme Signature => SignatureScheme.Ed25519;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => SHA256.HashData(data, destination);
}
