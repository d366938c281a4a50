using System.Text;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Security;

namespace Ledger.Evidence.Crypto;

/// <summary>
/// SM2 signatures (GM/T 0003.2) over the sm2p256v1 curve with SM3 and the GM/T 0009 default user ID.
/// Keys: the private key is the 32-byte scalar d; the public key is the 65-byte uncompressed point
/// 0x04 || x || y. Signatures are the 64-byte r || s, not DER, so every signature has one spelling.
/// Signed-note assigns SM2 no type byte; we use 0xff followed by the ASCII identifier
/// <c>ledger/sm2-sm3@v1</c>, so our key ids never collide with an assigned type.
/// </summary>
internal sealed class Sm2Scheme : SignatureScheme
{
    /// <summary>GM/T 0009-2012 §10 default signer identity.</summary>
    public const string DefaultUserId = "1234567812345678";

    private static readonly byte[] Prefix = [0xff, .. "ledger/sm2-sm3@v1"u8];
    private static readonly byte[] UserId = Encoding.ASCII.GetBytes(DefaultUserId);
    private static readonly X9ECParameters Curve = GMNamedCurves.GetByName("sm2p256v1");
    private static readonly ECDomainParameters Domain = new(Curve);

    public override string Name => "SM2";

    public override ReadOnlySpan<byte> TypePrefix => Prefix;

    public override int PublicKeyLength => 65;

    public override int PrivateKeyLength => 32;

    public override int SignatureLength => 64;

    public override (byte[] PrivateKey, byte[] PublicKey) Generate()
    {
        var random = new SecureRandom();
        BigInteger d;
        do
        {
            d = new BigInteger(Domain.N.BitLength, random);
        }
        while (d.SignValue == 0 || d.CompareTo(Domain.N.Subtract(BigInteger.Two)) > 0);
        var privateKey = d.ToByteArrayUnsigned();
        var padded = new byte[PrivateKeyLength];
        privateKey.CopyTo(padded, PrivateKeyLength - privateKey.Length);
        return (padded, PublicKeyOf(padded));
    }

    public override byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey)
    {
        var d = PrivateScalar(privateKey);
        return Domain.G.Multiply(d).Normalize().GetEncoded(false);
    }

    public override byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> message)
    {
        var key = new ECPrivateKeyParameters(PrivateScalar(privateKey), Domain);
        var signer = new SM2Signer(PlainDsaEncoding.Instance);
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(key, new SecureRandom()), UserId));
        signer.BlockUpdate(message);
        return signer.GenerateSignature();
    }

    public override bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        Verify(publicKey, message, signature, UserId);

    /// <summary>Verification under another signer identity, for the standard's examples that use one.</summary>
    internal static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, byte[] userId)
    {
        if (publicKey.Length != 65 || publicKey[0] != 0x04 || signature.Length != 64)
        {
            return false;
        }
        ECPoint point;
        try
        {
            point = Curve.Curve.DecodePoint(publicKey.ToArray());
        }
        catch (ArgumentException)
        {
            return false;
        }
        if (!point.IsValid() || point.IsInfinity)
        {
            return false;
        }
        var signer = new SM2Signer(PlainDsaEncoding.Instance);
        signer.Init(false, new ParametersWithID(new ECPublicKeyParameters(point, Domain), userId));
        signer.BlockUpdate(message);
        return signer.VerifySignature(signature.ToArray());
    }


    private BigInteger PrivateScalar(ReadOnlySpan<byte> privateKey)
    {
        Ed25519Scheme.RequireLength(privateKey, PrivateKeyLength, "SM2 private key");
        var d = new BigInteger(1, privateKey.ToArray());
        if (d.SignValue == 0 || d.CompareTo(Domain.N.Subtract(BigInteger.One)) >= 0)
        {
            throw new ArgumentException("SM2 private key is out of range [1, n-2]");
        }
        return d;
    }

}
