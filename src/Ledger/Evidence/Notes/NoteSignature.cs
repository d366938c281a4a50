using System.Buffers.Binary;

namespace Ledger.Evidence.Notes;

/// <summary>One signature line of a signed note: <c>— name base64(keyId || signature)</c>.</summary>
public sealed record NoteSignature(string Name, uint KeyId, byte[] Signature)
{
    public const string LinePrefix = "\u2014 ";

    public string KeyHandle => $"{Name}+{KeyId:x8}";

    /// <summary>The line as it appears in the note, without its newline.</summary>
    public string ToLine()
    {
        var payload = new byte[4 + Signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(payload, KeyId);
        Signature.CopyTo(payload, 4);
        return LinePrefix + Name + " " + Convert.ToBase64String(payload);
    }
}
