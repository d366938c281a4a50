using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Notes;

/// <summary>
/// A log's private signing key in the Go x/mod note format,
/// <c>PRIVATE+KEY+name+hex8(keyId)+base64(type || private key)</c>. It comes from a file or the
/// environment, never from the repository; <see cref="ToString"/> never prints the secret.
/// </summary>
public sealed class SignerKey
{
    private const string Prefix = "PRIVATE+KEY+";
    private readonly byte[] privateKey;

    private SignerKey(string name, SignatureScheme scheme, byte[] privateKey)
    {
        Name = name;
        Scheme = scheme;
        this.privateKey = privateKey;
        Verifier = VerifierKey.For(name, scheme, scheme.PublicKeyOf(privateKey));
    }

    public string Name { get; }

    public SignatureScheme Scheme { get; }

    public VerifierKey Verifier { get; }

    public uint KeyId => Verifier.KeyId;

    /// <summary>A new key pair for <paramref name="scheme"/>, from the system's cryptographic random source.</summary>
    public static SignerKey Generate(string name, SignatureScheme scheme)
    {
        if (!NoteText.IsValidName(name))
        {
            throw new ArgumentException($"key name '{name}' must be non-empty, without spaces or '+'", nameof(name));
        }
        return new SignerKey(name, scheme, scheme.Generate().PrivateKey);
    }

    public static bool TryParse(string skey, [NotNullWhen(true)] out SignerKey? key, [NotNullWhen(false)] out string? error)
    {
        key = null;
        skey = skey.Trim();
        if (!skey.StartsWith(Prefix, StringComparison.Ordinal))
        {
            error = "signing key must start with PRIVATE+KEY+";
            return false;
        }
        var parts = skey[Prefix.Length..].Split('+', 3);
        if (parts.Length != 3 || !NoteText.IsValidName(parts[0]))
        {
            error = "signing key must be PRIVATE+KEY+name+keyid+key";
            return false;
        }
        if (parts[1].Length != 8 || !uint.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var keyId))
        {
            error = "signing key id is not 8 hex digits";
            return false;
        }
        if (!NoteText.TryDecodeBase64(parts[2], out var typeAndKey) || typeAndKey.Length == 0)
        {
            error = "signing key material is not base64";
            return false;
        }
        var scheme = SignatureScheme.ForPrefix(typeAndKey);
        if (scheme is null || typeAndKey.Length != scheme.TypePrefix.Length + scheme.PrivateKeyLength)
        {
            error = "signing key type or length is not Ed25519 or SM2";
            return false;
        }
        try
        {
            key = new SignerKey(parts[0], scheme, typeAndKey[scheme.TypePrefix.Length..]);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return false;
        }
        if (key.KeyId != keyId)
        {
            error = $"signing key id {parts[1]} does not match its name and key";
            key = null;
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>The secret text to store in a key file or environment variable. Handle as a secret.</summary>
    public string Encode() =>
        $"{Prefix}{Name}+{KeyId:x8}+{Convert.ToBase64String([.. Scheme.TypePrefix, .. privateKey])}";

    /// <summary>Signs a note's text (which must end in a newline) and returns the signature line's content.</summary>
    public NoteSignature Sign(string text)
    {
        if (!text.EndsWith('\n') || !NoteText.IsValidNoteText(text))
        {
            throw new ArgumentException("note text must be valid text ending in a newline", nameof(text));
        }
        return new NoteSignature(Name, KeyId, Scheme.Sign(privateKey, Verifier.PublicKey, Encoding.UTF8.GetBytes(text)));
    }

    public override string ToString() => $"{Verifier.Handle} ({Scheme.Name} signing key)";
}
