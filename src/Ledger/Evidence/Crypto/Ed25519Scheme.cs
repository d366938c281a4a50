using System.Security.Cryptography;
using Bc = Org.BouncyCastle.Math.EC.Rfc8032.Ed25519;

namespace Ledger.Evidence.Crypto;

/// <summary>
/// Pure Ed25519 (RFC 8032, no context). BouncyCastle's verifier rejects non-canonical S (S ≥ L) and
/// non-canonical point encodings, which the Wycheproof vectors check.
/// </summary>
internal sealed class Ed25519Scheme : SignatureScheme
{
    private static readonly byte[] Prefix = [0x01];

    public override string Name => "Ed25519";

    public override ReadOnlySpan<byte> TypePrefix => Prefix;

    public override int PublicKeyLength => Bc.PublicKeySize;

    public override int PrivateKeyLength => Bc.SecretKeySize;

    public override int SignatureLength => Bc.SignatureSize;

    public override (byte[] PrivateKey, byte[] PublicKey) Generate()
    {
        var seed = RandomNumberGenerator.GetBytes(Bc.SecretKeySize);
        return (seed, PublicKeyOf(seed));
    }

    public override byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey)
    {
        RequireLength(privateKey, PrivateKeyLength, "Ed25519 private key");
        var publicKey = new byte[Bc.PublicKeySize];
        Bc.GeneratePublicKey(privateKey, publicKey);
        return publicKey;
    }

    public override byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> message)
    {
        RequireLength(privateKey, PrivateKeyLength, "Ed25519 private key");
        var signature = new byte[Bc.SignatureSize];
        Bc.Sign(privateKey.ToArray(), 0, message.ToArray(), 0, message.Length, signature, 0);
        return signature;
    }

    public override byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message)
    {
        RequireLength(privateKey, PrivateKeyLength, "Ed25519 private key");
        RequireLength(publicKey, PublicKeyLength, "Ed25519 public key");
        var signature = new byte[Bc.SignatureSize];
        Bc.Sign(privateKey.ToArray(), 0, publicKey.ToArray(), 0, message.ToArray(), 0, message.Length, signature, 0);
        return signature;
    }

    public override bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != Bc.PublicKeySize || signature.Length != Bc.SignatureSize)
        {
            return false;
        }
        return Bc.Verify(signature.ToArray(), 0, publicKey.ToArray(), 0, message.ToArray(), 0, message.Length);
    }

    internal static void RequireLength(ReadOnlySpan<byte> value, int length, string what)
    {
        if (value.Length != length)
        {
            throw new ArgumentException($"{what} must be {length} bytes, got {value.Length}");
        }
    }
}
