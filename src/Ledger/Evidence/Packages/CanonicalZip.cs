using System.Buffers.Binary;
using System.Text;

namespace Ledger.Evidence.Packages;

/// <summary>
/// The one zip spelling of a list of files (PKWARE APPNOTE 6.3): entries STORED in the given order, no data
/// descriptors, no extra fields, no comments, no attributes, every time 1980-01-01 00:00, names in ASCII, the
/// central directory right after the last entry and the end record right after it. Nothing in it depends on
/// the machine or the moment, so the same files always give the same bytes, and a verifier can rebuild a
/// package from its files and compare it with the one it was given byte for byte: then no byte, headers
/// included, can change without being noticed. Any zip tool opens it.
/// </summary>
public static partial class CanonicalZip
{
    public const int LocalHeaderSize = 30;
    public const int CentralHeaderSize = 46;
    public const int EndSize = 22;

    private const uint LocalSignature = 0x04034b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const ushort Version = 10;
    private const ushort DosTime = 0;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    /// <summary>
    /// Writes <paramref name="entries"/> in their order. Names MUST be distinct printable ASCII without '\' and not
    /// start with '/'; there MUST be at most 65,535 entries and the zip MUST stay under 4 GiB (no ZIP64).
    /// </summary>
    public static byte[] Write(IReadOnlyList<ZipEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count > ushort.MaxValue)
        {
            throw new ArgumentException($"{entries.Count} entries are more than a zip without ZIP64 holds", nameof(entries));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!IsValidName(entry.Name) || !seen.Add(entry.Name))
            {
                throw new ArgumentException($"zip entry name '{entry.Name}' is not printable ASCII, starts with '/', holds '\\' or is given twice", nameof(entries));
            }
        }
        var size = TotalSize(entries);
        if (size > uint.MaxValue)
        {
            throw new ArgumentException($"a package of {size} bytes needs ZIP64, which the canonical form leaves out", nameof(entries));
        }
        var zip = new byte[size];
        var offsets = new uint[entries.Count];
        var at = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            offsets[i] = (uint)at;
            at = WriteLocal(zip, at, entries[i]);
        }
        var directory = at;
        for (var i = 0; i < entries.Count; i++)
        {
            at = WriteCentral(zip, at, entries[i], offsets[i]);
        }
        WriteEnd(zip, at, (ushort)entries.Count, (uint)(at - directory), (uint)directory);
        return zip;
    }

    /// <summary>
    /// Compares <paramref name="zip"/> with the canonical zip of <paramref name="entries"/> and names the first byte
    /// that differs by its place: which entry's header or content, which field.
    /// </summary>
    public static Verdict CheckCanonical(ReadOnlySpan<byte> zip, IReadOnlyList<ZipEntry> entries)
    {
        var canonical = Write(entries);
        var common = Math.Min(zip.Length, canonical.Length);
        var first = zip[..common].CommonPrefixLength(canonical.AsSpan(0, common));
        if (first < common)
        {
            return Verdict.Invalid($"byte {first} ({Describe(entries, first)}) is 0x{zip[first]:x2} where the canonical zip of these files has 0x{canonical[first]:x2}");
        }
        if (zip.Length != canonical.Length)
        {
            return Verdict.Invalid(zip.Length > canonical.Length
                ? $"the file goes on for {zip.Length - canonical.Length} bytes after the end of the canonical zip at byte {canonical.Length}"
                : $"the file ends at byte {zip.Length}, the canonical zip of these files at byte {canonical.Length}");
        }
        return Verdict.Valid;
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= ushort.MaxValue && name[0] != '/' && name.All(c => c is > ' ' and < '\u007f' and not '\\');

    private static long TotalSize(IReadOnlyList<ZipEntry> entries)
    {
        long size = EndSize;
        foreach (var entry in entries)
        {
            size += LocalHeaderSize + CentralHeaderSize + (2L * entry.Name.Length) + entry.Content.LongLength;
        }
        return size;
    }

    private static int WriteLocal(byte[] zip, int at, ZipEntry entry)
    {
        var header = zip.AsSpan(at, LocalHeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], Crc32.Compute(entry.Content));
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)entry.Content.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)entry.Content.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)entry.Name.Length);
        at += LocalHeaderSize;
        at += Encoding.ASCII.GetBytes(entry.Name, zip.AsSpan(at));
        entry.Content.CopyTo(zip, at);
        return at + entry.Content.Length;
    }

    private static int WriteCentral(byte[] zip, int at, ZipEntry entry, uint offset)
    {
        var header = zip.AsSpan(at, CentralHeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header, CentralSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(header[14..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], Crc32.Compute(entry.Content));
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)entry.Content.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)entry.Content.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)entry.Name.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
        at += CentralHeaderSize;
        return at + Encoding.ASCII.GetBytes(entry.Name, zip.AsSpan(at));
    }

    private static void WriteEnd(byte[] zip, int at, ushort count, uint directorySize, uint directoryOffset)
    {
        var end = zip.AsSpan(at, EndSize);
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], directorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], directoryOffset);
    }
}
