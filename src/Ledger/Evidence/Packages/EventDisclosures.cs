using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Packages;

/// <summary>
/// <c>disclosures/{leaf}.json</c>: for an event holding personal-data commitments, each commitment's value and
/// salt, so the court reads the names and can check that the event recorded exactly them, or the commitment's
/// path under <c>erased</c> where the value was lawfully erased (PIPL Art. 47) and only the commitment is left.
/// <code>
/// {"leaf":12,"disclosed":[{"path":"/meta/actor/personName","value":"\"张三\"","salt":"hex"}],"erased":["/data/contactPhone"]}
/// </code>
/// <c>value</c> is the value's canonical JSON text, the bytes the commitment hashes.
/// </summary>
public sealed record EventDisclosures(long Leaf, IReadOnlyList<PackageDisclosure> Disclosed, IReadOnlyList<string> Erased)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("leaf", Leaf);
            w.WriteStartArray("disclosed");
            foreach (var d in Disclosed)
            {
                w.WriteStartObject();
                w.WriteString("path", d.Path);
                w.WriteString("value", StrictUtf8.GetString(d.Value));
                w.WriteString("salt", Convert.ToHexStringLower(d.Salt));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("erased");
            foreach (var path in Erased)
            {
                w.WriteStringValue(path);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    public static bool TryParse(ReadOnlyMemory<byte> json, string file, [NotNullWhen(true)] out EventDisclosures? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        if (!StrictJson.TryParse(json, file, out var document, out error))
        {
            return false;
        }
        using (document)
        {
            var root = document.RootElement;
            if (!StrictJson.TryObject(root, file, ["leaf", "disclosed", "erased"], out error)
                || !StrictJson.TryCount(root, "leaf", file, out var leaf, out error)
                || !StrictJson.TryArray(root, "disclosed", file, out var items, out error)
                || !StrictJson.TryArray(root, "erased", file, out var erasedItems, out error))
            {
                return false;
            }
            var disclosed = new List<PackageDisclosure>();
            foreach (var item in items)
            {
                var where = $"{file}: disclosed[{disclosed.Count}]";
                if (!StrictJson.TryObject(item, where, ["path", "value", "salt"], out error)
                    || !StrictJson.TryString(item, "path", where, out var path, out error)
                    || !StrictJson.TryString(item, "value", where, out var value, out error)
                    || !StrictJson.TryHex(item, "salt", where, Commitments.SaltSize, out var salt, out error))
                {
                    return false;
                }
                disclosed.Add(new PackageDisclosure(path, Encoding.UTF8.GetBytes(value), salt));
            }
            var erased = new List<string>();
            foreach (var item in erasedItems)
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    error = $"{file}: erased[{erased.Count}] is not a string";
                    return false;
                }
                erased.Add(item.GetString()!);
            }
            parsed = new EventDisclosures(leaf, disclosed, erased);
            return true;
        }
    }

    /// <summary>
    /// Checks these disclosures against the event's commitments: each disclosed value and salt reproduce the
    /// commitment at its path, each erased path holds a commitment, and every commitment is one or the other, once.
    /// </summary>
    public Verdict Check(CryptoSuite suite, JsonElement canonicalEvent)
    {
        var commitments = Commitments.Find(canonicalEvent).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var accounted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in Disclosed)
        {
            if (!commitments.TryGetValue(d.Path, out var commitment))
            {
                return Verdict.Invalid($"disclosed {d.Path}: the event holds no commitment there");
            }
            if (!accounted.Add(d.Path))
            {
                return Verdict.Invalid($"disclosed {d.Path}: given twice");
            }
            var computed = Commitments.Compute(suite, d.Salt, d.Value);
            if (computed != commitment)
            {
                return Verdict.Invalid($"disclosed {d.Path}: value and salt give {computed}, the event holds {commitment}");
            }
        }
        foreach (var path in Erased)
        {
            if (!commitments.ContainsKey(path))
            {
                return Verdict.Invalid($"erased {path}: the event holds no commitment there");
            }
            if (!accounted.Add(path))
            {
                return Verdict.Invalid($"erased {path}: also disclosed or listed twice");
            }
        }
        var missing = commitments.Keys.FirstOrDefault(p => !accounted.Contains(p));
        return missing is null ? Verdict.Valid : Verdict.Invalid($"the commitment at {missing} is neither disclosed nor marked erased");
    }
}
