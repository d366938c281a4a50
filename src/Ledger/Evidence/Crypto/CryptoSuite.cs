namespace Ledger.Evidence.Crypto;

/// <summary>
/// A deployment's choice of hash and signature, recorded by name in every block and receipt so that a
/// verifier never guesses. Both suites hash to 32 bytes, so tree shapes and proof sizes are the same.
/// </summary>
public abstract class CryptoSuite
{
    public const int HashSize = 32;

    /// <summary>International: SHA-256 and Ed25519 (RFC 6962/9162, RFC 8032).</summary>
    public static readonly CryptoSuite Intl = new IntlSuite();

    /// <summary>National (国密): SM3 (GM/T 0004) and SM2 (GM/T 0003, default user ID 1234567812345678).</summary>
    public static readonly CryptoSuite Gm = new GmSuite();

    /// <summary>The name written into blocks and receipts: <c>intl</c> or <c>gm</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The log's own signature scheme for this suite.</summary>
    public abstract SignatureScheme Signature { get; }

    /// <summary>Hashes <paramref name="data"/> into the first <see cref="HashSize"/> bytes of <paramref name="destination"/>.</summary>
    public abstract void Hash(ReadOnlySpan<byte> data, Span<byte> destination);

    public byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new byte[HashSize];
        Hash(data, digest);
        return digest;
    }

    /// <summary>Finds a suite by the name recorded in a block or receipt; null when the name is unknown.</summary>
    public static CryptoSuite? Find(string name) => name switch
    {
        "intl" => Intl,
        "gm" => Gm,
        _ => null,
    };

    public override string ToString() => Name;
}
