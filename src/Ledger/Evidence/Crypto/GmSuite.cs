using Org.BouncyCastle.Crypto.Digests;

namespace Ledger.Evidence.Crypto;

internal sealed class GmSuite : CryptoSuite
{
    public override string Name => "gm";

    public override SignatureScheme Signature => SignatureScheme.Sm2;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var sm3 = new SM3Digest();
        sm3.BlockUpdate(data);
        sm3.DoFinal(destination);
    }
}
