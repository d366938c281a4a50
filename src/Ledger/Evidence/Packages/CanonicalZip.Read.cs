using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Ledger.Evidence.Packages;

public static partial class CanonicalZip
{
    private static readonly string[] LocalFields =
        ["signature", "signature", "signature", "signature", "version needed", "version needed", "flags", "flags", "compression method", "compression method",
         "modification time", "modification time", "modification date", "modification date", "CRC-32", "CRC-32", "CRC-32", "CRC-32",
         "compressed size", "compressed size", "compressed size", "compressed size", "size", "size", "size", "size",
         "name length", "name length", "extra field length", "extra field length"];

    private static readonly string[] CentralFields =
        ["signature", "signature", "signature", "signature", "version made by", "version made by", "version needed", "version needed", "flags", "flags",
         "compression method", "compression method", "modification time", "modification time", "modification date", "modification date",
         "CRC-32", "CRC-32", "CRC-32", "CRC-32", "compressed size", "compressed size", "compressed size", "compressed size", "size", "size", "size", "size",
         "name length", "name length", "extra field length", "extra field length", "comment length", "comment length", "disk number", "disk number",
         "internal attributes", "internal attributes", "external attributes", "external attributes", "external attributes", "external attributes",
         "local header offset", "local header offset", "local header offset", "local header offset"];

    private static readonly string[] EndFields =
        ["signature", "signature", "signature", "signature", "disk number", "disk number", "directory disk", "directory disk",
         "entries on this disk", "entries on this disk", "entries", "entries", "directory size", "directory size", "directory size", "directory size",
         "directory offset", "directory offset", "directory offset", "directory offset", "comment length", "comment length"];

    /// <summary>
    /// Reads the files of a zip through its end record and central directory, with each entry's local header, and
    /// checks what a rebuild cannot: that each entry is stored (not compressed), its headers agree, and its
    /// content has its CRC-32. Whatever else may differ from the canonical form is for <see cref="CheckCanonical"/>.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> zip, [NotNullWhen(true)] out IReadOnlyList<ZipEntry>? entries, [NotNullWhen(false)] out string? error)
    {
        entries = null;
        if (zip.Length < EndSize || BinaryPrimitives.ReadUInt32LittleEndian(zip[^EndSize..]) != EndSignature)
        {
            error = $"the file ({zip.Length} bytes) does not end in a zip end-of-central-directory record";
            return false;
        }
        var end = zip[^EndSize..];
        var count = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
        var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(end[12..]);
        var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
        if ((long)directoryOffset + directorySize > zip.Length - EndSize)
        {
            error = $"the end record puts the central directory at bytes {directoryOffset}..{(long)directoryOffset + directorySize}, past the end record at byte {zip.Length - EndSize}";
            return false;
        }
        var read = new List<ZipEntry>(count);
        long at = directoryOffset;
        for (var i = 0; i < count; i++)
        {
            if (!TryReadEntry(zip, i, ref at, directoryOffset + directorySize, out var entry, out error))
            {
                return false;
            }
            read.Add(entry);
        }
        entries = read;
        error = null;
        return true;
    }

    private static bool TryReadEntry(ReadOnlySpan<byte> zip, int i, ref long at, long directoryEnd, [NotNullWhen(true)] out ZipEntry? entry, [NotNullWhen(false)] out string? error)
    {
        entry = null;
        if (at + CentralHeaderSize > directoryEnd || BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)at..]) != CentralSignature)
        {
            error = $"central directory record {i + 1} at byte {at} is missing or has no central header signature";
            return false;
        }
        var central = zip.Slice((int)at, CentralHeaderSize);
        var method = BinaryPrimitives.ReadUInt16LittleEndian(central[10..]);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(central[16..]);
        var compressed = BinaryPrimitives.ReadUInt32LittleEndian(central[20..]);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(central[24..]);
        int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(central[28..]);
        var variable = nameLength + BinaryPrimitives.ReadUInt16LittleEndian(central[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(central[32..]);
        long local = BinaryPrimitives.ReadUInt32LittleEndian(central[42..]);
        if (at + CentralHeaderSize + variable > directoryEnd)
        {
            error = $"central directory record {i + 1} at byte {at} runs past the end of the directory";
            return false;
        }
        var name = Encoding.Latin1.GetString(zip.Slice((int)at + CentralHeaderSize, nameLength));
        at += CentralHeaderSize + variable;
        if (method != 0 || compressed != size)
        {
            error = $"entry '{name}' is compressed (method {method}); a package stores every file as it is";
            return false;
        }
        if (local + LocalHeaderSize > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)local..]) != LocalSignature)
        {
            error = $"entry '{name}': no local header at byte {local}, where the central directory says it is";
            return false;
        }
        var header = zip.Slice((int)local, LocalHeaderSize);
        int localName = BinaryPrimitives.ReadUInt16LittleEndian(header[26..]);
        var start = local + LocalHeaderSize + localName + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
        if (start + size > zip.Length)
        {
            error = $"entry '{name}': its {size} bytes from byte {start} run past the end of the file";
            return false;
        }
        if (localName != nameLength || !zip.Slice((int)local + LocalHeaderSize, localName).SequenceEqual(zip.Slice((int)at - variable, nameLength)))
        {
            error = $"entry '{name}': the local header at byte {local} names another file than the central directory";
            return false;
        }
        var content = zip.Slice((int)start, (int)size).ToArray();
        var actual = Crc32.Compute(content);
        if (actual != crc || BinaryPrimitives.ReadUInt32LittleEndian(header[14..]) != crc)
        {
            error = $"entry '{name}': its content (bytes {start}..{start + size}) has CRC-32 {actual:x8}, its headers say {crc:x8} and {BinaryPrimitives.ReadUInt32LittleEndian(header[14..]):x8}: the file was changed";
            return false;
        }
        entry = new ZipEntry(name, content);
        error = null;
        return true;
    }

    /// <summary>What byte <paramref name="offset"/> of the canonical zip of <paramref name="entries"/> is.</summary>
    private static string Describe(IReadOnlyList<ZipEntry> entries, long offset)
    {
        long at = 0;
        foreach (var entry in entries)
        {
            if (offset < at + LocalHeaderSize)
            {
                return $"local header of {entry.Name}, {LocalFields[offset - at]}";
            }
            at += LocalHeaderSize;
            if (offset < at + entry.Name.Length)
            {
                return $"local header of {entry.Name}, name";
            }
            at += entry.Name.Length;
            if (offset < at + entry.Content.Length)
            {
                return $"content of {entry.Name}, byte {offset - at}";
            }
            at += entry.Content.Length;
        }
        foreach (var entry in entries)
        {
            if (offset < at + CentralHeaderSize)
            {
                return $"central directory record of {entry.Name}, {CentralFields[offset - at]}";
            }
            at += CentralHeaderSize;
            if (offset < at + entry.Name.Length)
            {
                return $"central directory record of {entry.Name}, name";
            }
            at += entry.Name.Length;
        }
        return $"end of central directory, {EndFields[offset - at]}";
    }
}
