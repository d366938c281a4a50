using System.IO.Compression;
using System.Text;
using Ledger.Evidence.Packages;

namespace Ledger.Tests.Evidence.Packages;

public sealed class a_canonical_zip_is_one_spelling_of_its_files
{
    private static readonly ZipEntry[] Files =
    [
        new("manifest.json", Encoding.UTF8.GetBytes("{\"案号\":\"（2026）甘0102刑初123号\"}\n")),
        new("events/0.json", Encoding.UTF8.GetBytes("{\"type\":\"BidSubmitted\"}")),
        new("empty.txt", []),
    ];

    [Fact]
    public void writing_reading_and_writing_again_gives_the_same_bytes()
    {
        var zip = CanonicalZip.Write(Files);

        Assert.True(CanonicalZip.TryRead(zip, out var read, out var error), error);
        Assert.Equal(Files.Select(f => f.Name), read.Select(f => f.Name));
        Assert.All(Files.Zip(read), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        Assert.Equal(zip, CanonicalZip.Write(read));
        Assert.True(CanonicalZip.CheckCanonical(zip, read).IsValid);
    }

    [Fact]
    public void an_ordinary_zip_reader_opens_it()
    {
        using var archive = new ZipArchive(new MemoryStream(CanonicalZip.Write(Files)), ZipArchiveMode.Read);

        Assert.Equal(Files.Select(f => f.Name), archive.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open(), Encoding.UTF8);
        Assert.Contains("（2026）甘0102刑初123号", reader.ReadToEnd());
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void the_crc_is_the_zip_formats()
    {
        // The check value of CRC-32/ISO-HDLC, the zip polynomial: CRC of the ASCII digits 1 to 9.
        var zip = CanonicalZip.Write([new ZipEntry("check", "123456789"u8.ToArray())]);
        Assert.Equal(0xCBF43926u, BitConverter.ToUInt32(zip, 14));
    }

    [Fact]
    public void a_changed_header_field_is_named_with_its_entry_and_offset()
    {
        var zip = CanonicalZip.Write(Files);
        var at = CanonicalZip.LocalHeaderSize + "manifest.json".Length + Files[0].Content.Length + 10;
        zip[at] = 0x42;

        Assert.True(CanonicalZip.TryRead(zip, out var read, out var error), error);
        var verdict = CanonicalZip.CheckCanonical(zip, read);

        Assert.Equal($"byte {at} (local header of events/0.json, modification time) is 0x42 where the canonical zip of these files has 0x00", verdict.Failure);
    }

    [Fact]
    public void changed_content_fails_its_crc_and_names_the_entry()
    {
        var zip = CanonicalZip.Write(Files);
        zip[CanonicalZip.LocalHeaderSize + "manifest.json".Length + 3] ^= 0x01;

        Assert.False(CanonicalZip.TryRead(zip, out _, out var error));
        Assert.StartsWith("entry 'manifest.json': its content (bytes 43..", error);
    }

    [Fact]
    public void a_compressed_zip_of_the_same_files_is_refused()
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Files)
            {
                using var entry = archive.CreateEntry(file.Name, CompressionLevel.Optimal).Open();
                entry.Write(file.Content);
            }
        }

        Assert.False(CanonicalZip.TryRead(stream.ToArray(), out _, out var error));
        Assert.Contains("is compressed", error);
    }

    [Fact]
    public void bytes_after_the_end_are_found()
    {
        var zip = CanonicalZip.Write(Files);
        var longer = zip.Concat(zip[^CanonicalZip.EndSize..]).ToArray();

        Assert.True(CanonicalZip.TryRead(longer, out var read, out var error), error);
        Assert.Equal($"the file goes on for {CanonicalZip.EndSize} bytes after the end of the canonical zip at byte {zip.Length}", CanonicalZip.CheckCanonical(longer, read).Failure);
    }
}
