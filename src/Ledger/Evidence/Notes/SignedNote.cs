using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Ledger.Evidence.Notes;

/// <summary>
/// A C2SP signed note: text ending in a newline, a blank line, then one or more signature lines. Parsing
/// and opening follow Go's note.Open, which the C2SP vectors encode: unknown keys are ignored, a known
/// key's bad signature rejects the note, at least one known key must verify, and more than
/// <see cref="MaxSignatures"/> signature lines make the note malformed.
/// </summary>
public sealed class SignedNote
{
    public const int MaxSignatures = 100;

    private SignedNote(string text, IReadOnlyList<NoteSignature> signatures)
    {
        Text = text;
        Signatures = signatures;
    }

    /// <summary>The signed text, ending with its newline.</summary>
    public string Text { get; }

    public IReadOnlyList<NoteSignature> Signatures { get; }

    public static SignedNote Create(string text, IEnumerable<NoteSignature> signatures) => new(text, [.. signatures]);

    public SignedNote WithSignature(NoteSignature signature) => new(Text, [.. Signatures, signature]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses a note as stored or sent: bytes that must be well-formed UTF-8.</summary>
    public static bool TryParse(ReadOnlySpan<byte> note, [NotNullWhen(true)] out SignedNote? parsed, [NotNullWhen(false)] out string? error)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(note);
        }
        catch (DecoderFallbackException e)
        {
            parsed = null;
            error = $"note is not valid UTF-8 (byte {e.Index})";
            return false;
        }
        return TryParse(text, out parsed, out error);
    }

    public static bool TryParse(string note, [NotNullWhen(true)] out SignedNote? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        if (!NoteText.IsValidNoteText(note))
        {
            error = "note is not valid UTF-8 text (control character or ill-formed sequence)";
            return false;
        }
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            error = "note has no blank line before its signatures";
            return false;
        }
        var text = note[..(split + 1)];
        var block = note[(split + 2)..];
        if (block.Length == 0 || block[^1] != '\n')
        {
            error = "note's signature block is empty or does not end in a newline";
            return false;
        }
        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            error = $"note has {lines.Length} signature lines, more than {MaxSignatures}";
            return false;
        }
        var signatures = new List<NoteSignature>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!TryParseLine(lines[i], out var signature))
            {
                error = $"signature line {i + 1} is malformed";
                return false;
            }
            signatures.Add(signature);
        }
        parsed = new SignedNote(text, signatures);
        error = null;
        return true;
    }

    /// <summary>
    /// Verifies the signatures of the keys in <paramref name="known"/>. Valid when at least one known key's
    /// signature verifies and none fails; the names of unknown signers are reported, not trusted.
    /// </summary>
    public NoteOpening Open(IEnumerable<VerifierKey> known)
    {
        var byHandle = known.GroupBy(k => (k.Name, k.KeyId)).ToDictionary(g => g.Key, g => g.ToList());
        var textBytes = Encoding.UTF8.GetBytes(Text);
        var verified = new List<(NoteSignature, VerifierKey)>();
        var unverified = new List<NoteSignature>();
        var seen = new HashSet<(string, uint)>();
        foreach (var signature in Signatures)
        {
            if (!byHandle.TryGetValue((signature.Name, signature.KeyId), out var keys))
            {
                if (!unverified.Any(u => u.ToLine() == signature.ToLine()))
                {
                    unverified.Add(signature);
                }
                continue;
            }
            if (keys.Count > 1)
            {
                return NoteOpening.Failed($"ambiguous key {signature.KeyHandle}: {keys.Count} trusted keys share its name and id");
            }
            if (!seen.Add((signature.Name, signature.KeyId)))
            {
                continue;
            }
            if (!keys[0].Verify(textBytes, signature.Signature))
            {
                return NoteOpening.Failed($"invalid signature for key {signature.KeyHandle}");
            }
            verified.Add((signature, keys[0]));
        }
        return verified.Count == 0
            ? NoteOpening.Failed($"note has no verifiable signatures (signed by {string.Join(", ", Signatures.Select(s => s.KeyHandle).Distinct())}; trusted: {string.Join(", ", byHandle.Keys.Select(k => $"{k.Name}+{k.KeyId:x8}"))})")
            : NoteOpening.Opened(verified, unverified);
    }

    public override string ToString()
    {
        var builder = new StringBuilder(Text).Append('\n');
        foreach (var signature in Signatures)
        {
            builder.Append(signature.ToLine()).Append('\n');
        }
        return builder.ToString();
    }

    private static bool TryParseLine(string line, [NotNullWhen(true)] out NoteSignature? signature)
    {
        signature = null;
        if (!line.StartsWith(NoteSignature.LinePrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = line[NoteSignature.LinePrefix.Length..];
        var space = rest.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }
        var name = rest[..space];
        var encoded = rest[(space + 1)..];
        if (!NoteText.IsValidName(name) || !NoteText.TryDecodeBase64(encoded, out var payload) || payload.Length < 5)
        {
            return false;
        }
        signature = new NoteSignature(name, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(payload), payload[4..]);
        return true;
    }
}
