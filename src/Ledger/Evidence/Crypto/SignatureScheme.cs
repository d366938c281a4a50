namespace Ledger.Evidence.Crypto;

/// <summary>
/// A signature algorithm as C2SP signed-note sees it: a type prefix that goes into key ids and verifier
/// keys, fixed-size public keys and signatures, and verification that returns false rather than throwing
/// on any malformed key or signature.
/// </summary>
public abstract class SignatureScheme
{
    public static readonly SignatureScheme Ed25519 = new Ed25519Scheme();
    public static readonly SignatureScheme Sm2 = new Sm2Scheme();

    /// <summary>Short name for messages: <c>Ed25519</c> or <c>SM2</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The signed-note signature type: one byte for the assigned types (0x01 Ed25519), or 0xff followed by
    /// our own identifier for types the spec does not assign (SM2).
    /// </summary>
    public abstract ReadOnlySpan<byte> TypePrefix { get; }

    public abstract int PublicKeyLength { get; }

    public abstract int PrivateKeyLength { get; }

    public abstract int SignatureLength { get; }

    /// <summary>A fresh key pair from the system's cryptographic random source.</summary>
    public abstract (byte[] PrivateKey, byte[] PublicKey) Generate();

    public abstract byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey);

    public abstract byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> message);

    /// <summary>
    /// As <see cref="Sign(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/> for a key whose public half is at hand, which
    /// spares a scheme that needs it (Ed25519) deriving it for every signature. <paramref name="publicKey"/> MUST be
    /// <see cref="PublicKeyOf"/> <paramref name="privateKey"/>: Ed25519 signing with a mismatched one leaks the key.
    /// </summary>
    public virtual byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message) => Sign(privateKey, message);

    /// <summary>True only for a valid signature; any malformed key or signature is simply invalid.</summary>
    public abstract bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature);

    /// <summary>Finds the scheme whose type prefix starts <paramref name="typeAndKey"/>.</summary>
    public static SignatureScheme? ForPrefix(ReadOnlySpan<byte> typeAndKey)
    {
        foreach (var scheme in new[] { Ed25519, Sm2 })
        {
            if (typeAndKey.StartsWith(scheme.TypePrefix))
            {
                return scheme;
            }
        }
        return null;
    }

    public override string ToString() => Name;
}
