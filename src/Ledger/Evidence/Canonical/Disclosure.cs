using System.Text.Json;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Canonical;

/// <summary>
/// A personal value kept beside its event, never in it: the canonical event holds only the commitment at
/// <see cref="Path"/>. Deleting the disclosure erases the value (PIPL Art. 47) and changes no hash; holding
/// it lets an auditor show that the event recorded exactly this value (<see cref="Matches"/>).
/// </summary>
/// <param name="Path">JSON Pointer (RFC 6901) of the commitment in the canonical event, e.g. /data/bidder/contactName.</param>
/// <param name="Value">The value in canonical form: JCS of the JSON the event data wrote for it.</param>
/// <param name="Salt">The 32 random bytes committed with it.</param>
public sealed record Disclosure(string Path, byte[] Value, byte[] Salt)
{
    /// <summary>The commitment this disclosure opens: "commit:" and hex H(0x02 || salt || value).</summary>
    public string Commitment(CryptoSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return Canonical.Commitment.Compute(suite, Salt, Value);
    }

    /// <summary>
    /// True when the string at <see cref="Path"/> in <paramref name="canonicalEvent"/> is this disclosure's
    /// commitment, the salt has 32 bytes and the value is in canonical form (one value, one spelling). False,
    /// never an exception, for anything else, malformed events included.
    /// </summary>
    public bool Matches(CryptoSuite suite, ReadOnlyMemory<byte> canonicalEvent)
    {
        ArgumentNullException.ThrowIfNull(suite);
        if (Salt.Length != Canonical.Commitment.SaltSize || !Jcs.IsCanonical(Value))
        {
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(canonicalEvent);
            return Resolve(document.RootElement) is { ValueKind: JsonValueKind.String } found
                && found.ValueEquals(Commitment(suite));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private JsonElement? Resolve(JsonElement root)
    {
        if (!Path.StartsWith('/'))
        {
            return null;
        }
        var current = root;
        foreach (var token in Path[1..].Split('/'))
        {
            var name = JsonPointer.Unescape(token);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var member))
            {
                current = member;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, out var index)
                && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }
        return current;
    }

    public bool Equals(Disclosure? other) =>
        other is not null && Path == other.Path && Value.AsSpan().SequenceEqual(other.Value) && Salt.AsSpan().SequenceEqual(other.Salt);

    public override int GetHashCode() => HashCode.Combine(Path, Value.Length, Salt.Length);
}
