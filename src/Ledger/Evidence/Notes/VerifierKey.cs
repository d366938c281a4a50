using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Notes;

/// <summary>
/// A C2SP verifier key, <c>name+hex8(keyId)+base64(type || public key)</c>: what an auditor is given to
/// check our blocks, and what we are given to check a foreign log's or a witness's.
/// </summary>
public sealed class VerifierKey
{
    private const byte EcdsaType = 0x02;
    private const byte CosignatureType = 0x04;
    private static readonly byte[] CosignatureHeader = "cosignature/v1\ntime "u8.ToArray();

    private VerifierKey(string name, uint keyId, NoteKeyType type, byte[] typeAndKey)
    {
        Name = name;
        KeyId = keyId;
        Type = type;
        TypeAndKey = typeAndKey;
    }

    public string Name { get; }

    public uint KeyId { get; }

    public NoteKeyType Type { get; }

    /// <summary>The type prefix followed by the public key, exactly as base64-encoded in the vkey.</summary>
    public byte[] TypeAndKey { get; }

    /// <summary><c>name+keyid</c>: how messages name a key without printing it whole.</summary>
    public string Handle => $"{Name}+{KeyId:x8}";

    /// <summary>The verifier key of a log signing key of <paramref name="scheme"/>.</summary>
    public static VerifierKey For(string name, SignatureScheme scheme, ReadOnlySpan<byte> publicKey)
    {
        if (!NoteText.IsValidName(name))
        {
            throw new ArgumentException($"key name '{name}' must be non-empty, without spaces or '+'", nameof(name));
        }
        byte[] typeAndKey = [.. scheme.TypePrefix, .. publicKey];
        var type = scheme == SignatureScheme.Sm2 ? NoteKeyType.Sm2 : NoteKeyType.Ed25519;
        return new VerifierKey(name, NoteText.KeyId(name, typeAndKey), type, typeAndKey);
    }

    /// <summary>The verifier key of a witness's Ed25519 cosigning key.</summary>
    public static VerifierKey ForCosigner(string name, ReadOnlySpan<byte> publicKey)
    {
        byte[] typeAndKey = [CosignatureType, .. publicKey];
        return new VerifierKey(name, NoteText.KeyId(name, typeAndKey), NoteKeyType.Cosignature, typeAndKey);
    }

    public static bool TryParse(string vkey, [NotNullWhen(true)] out VerifierKey? key, [NotNullWhen(false)] out string? error)
    {
        key = null;
        // The base64 key may itself contain '+': only the first two separate fields.
        var parts = vkey.Split('+', 3);
        if (parts.Length != 3)
        {
            error = $"verifier key must be name+keyid+key, found {parts.Length} part(s)";
            return false;
        }
        var (name, idHex, keyBase64) = (parts[0], parts[1], parts[2]);
        if (!NoteText.IsValidName(name))
        {
            error = "verifier key name is empty or contains a space";
            return false;
        }
        if (idHex.Length != 8 || !uint.TryParse(idHex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var keyId))
        {
            error = $"verifier key id '{idHex}' is not 8 hex digits";
            return false;
        }
        if (!NoteText.TryDecodeBase64(keyBase64, out var typeAndKey) || typeAndKey.Length == 0)
        {
            error = "verifier key material is not base64";
            return false;
        }
        if (!TryClassify(typeAndKey, out var type, out error))
        {
            return false;
        }
        var expectedId = type == NoteKeyType.EcdsaP256
            ? BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(typeAndKey.AsSpan(1)))
            : NoteText.KeyId(name, typeAndKey);
        if (expectedId != keyId)
        {
            error = $"verifier key id {idHex} does not match its name and key (expected {expectedId:x8})";
            return false;
        }
        key = new VerifierKey(name, keyId, type, typeAndKey);
        return true;
    }

    /// <summary>Verifies one signature over the note text; false for any malformed signature.</summary>
    public bool Verify(ReadOnlySpan<byte> text, ReadOnlySpan<byte> signature) => Type switch
    {
        NoteKeyType.Ed25519 => SignatureScheme.Ed25519.Verify(PublicKey, text, signature),
        NoteKeyType.Sm2 => SignatureScheme.Sm2.Verify(PublicKey, text, signature),
        NoteKeyType.EcdsaP256 => VerifyEcdsa(text, signature),
        NoteKeyType.Cosignature => TryReadCosignatureTime(signature, out var time)
            && SignatureScheme.Ed25519.Verify(PublicKey, CosignedMessage(time, text), signature[8..]),
        _ => false,
    };

    /// <summary>The public key without its type prefix.</summary>
    public ReadOnlySpan<byte> PublicKey => Type switch
    {
        NoteKeyType.Sm2 => TypeAndKey.AsSpan(SignatureScheme.Sm2.TypePrefix.Length),
        _ => TypeAndKey.AsSpan(1),
    };

    /// <summary>The POSIX time a cosignature was made: the first 8 bytes, big-endian, at most 2^63 - 1.</summary>
    public static bool TryReadCosignatureTime(ReadOnlySpan<byte> signature, out ulong time)
    {
        time = 0;
        if (signature.Length != 8 + 64)
        {
            return false;
        }
        time = BinaryPrimitives.ReadUInt64BigEndian(signature);
        return time <= long.MaxValue;
    }

    /// <summary>"cosignature/v1\ntime T\n" followed by the checkpoint text: what a witness signs.</summary>
    public static byte[] CosignedMessage(ulong time, ReadOnlySpan<byte> text) =>
        [.. CosignatureHeader, .. Encoding.ASCII.GetBytes(time.ToString(CultureInfo.InvariantCulture)), (byte)'\n', .. text];

    public override string ToString() => $"{Name}+{KeyId:x8}+{Convert.ToBase64String(TypeAndKey)}";

    private static bool TryClassify(byte[] typeAndKey, out NoteKeyType type, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (typeAndKey.AsSpan().StartsWith(SignatureScheme.Sm2.TypePrefix))
        {
            type = NoteKeyType.Sm2;
            return RequireKeyLength(typeAndKey.Length - SignatureScheme.Sm2.TypePrefix.Length, SignatureScheme.Sm2.PublicKeyLength, "SM2", out error);
        }
        switch (typeAndKey[0])
        {
            case 0x01:
                type = NoteKeyType.Ed25519;
                return RequireKeyLength(typeAndKey.Length - 1, 32, "Ed25519", out error);
            case CosignatureType:
                type = NoteKeyType.Cosignature;
                return RequireKeyLength(typeAndKey.Length - 1, 32, "cosignature", out error);
            case EcdsaType:
                type = NoteKeyType.EcdsaP256;
                if (!IsP256SubjectPublicKeyInfo(typeAndKey.AsSpan(1)))
                {
                    error = "ECDSA verifier key is not a P-256 public key";
                    return false;
                }
                return true;
            default:
                type = default;
                error = $"verifier key type 0x{typeAndKey[0]:x2} is not supported";
                return false;
        }
    }

    private static bool RequireKeyLength(int actual, int expected, string what, [NotNullWhen(false)] out string? error)
    {
        error = actual == expected ? null : $"{what} verifier key is {actual} bytes, not {expected}";
        return error is null;
    }

    private static bool IsP256SubjectPublicKeyInfo(ReadOnlySpan<byte> spki)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(spki, out var read);
            return read == spki.Length && ecdsa.ExportParameters(false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private bool VerifyEcdsa(ReadOnlySpan<byte> text, ReadOnlySpan<byte> signature)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(PublicKey, out _);
        try
        {
            return ecdsa.VerifyData(text, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
