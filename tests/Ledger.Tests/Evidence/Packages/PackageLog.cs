using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Packages;

namespace Ledger.Tests.Evidence.Packages;

/// <summary>
/// An in-memory log of canonical-looking events, some with a committed personal value, sealed into signed
/// blocks, to make packages from without a database. Uses the verifier's own types only, so the verifier's
/// tests compile it too.
/// </summary>
internal sealed class PackageLog
{
    public const string Origin = "ledger.test/centre-001";

    /// <summary>A stand-in for the certificate PDF: opaque to the package format, so any bytes do.</summary>
    public static readonly Func<PackageFacts, byte[]> Certificate = facts =>
        Encoding.UTF8.GetBytes($"%PDF-1.4\n% 证据包核验码 {facts.VerificationCode}\n%%EOF\n");

    private readonly List<(Guid Id, byte[] Canonical, List<PackageDisclosure> Disclosures)> events = [];
    private readonly List<(EvidenceBlock Block, SignedNote Signed)> blocks = [];
    private readonly Dictionary<string, long> versions = [];

    public PackageLog(CryptoSuite? suite = null)
    {
        Suite = suite ?? CryptoSuite.Intl;
        Key = SignerKey.Generate(Origin, Suite.Signature);
        Log = new MerkleLog(MerkleHasher.For(Suite));
    }

    public CryptoSuite Suite { get; }

    public SignerKey Key { get; }

    public MerkleLog Log { get; }

    public DateTimeOffset Clock { get; private set; } = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    public Keyring Keyring => new([new KeyringEntry(Key.Verifier, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))]);

    /// <summary>Appends an event to <paramref name="stream"/>; with <paramref name="person"/>, its name is a commitment and disclosed beside it.</summary>
    public long Append(string stream, string? person = null)
    {
        Clock = Clock.AddSeconds(1);
        var version = versions.GetValueOrDefault(stream) + 1;
        versions[stream] = version;
        var disclosures = new List<PackageDisclosure>();
        var personJson = "null";
        if (person is not null)
        {
            var value = Encoding.UTF8.GetBytes($"\"{person}\"");
            var salt = RandomNumberGenerator.GetBytes(Commitments.SaltSize);
            personJson = $"\"{Commitments.Compute(Suite, salt, value)}\"";
            disclosures.Add(new PackageDisclosure("/data/person", value, salt));
        }
        var time = Clock.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        var canonical = $$"""{"data":{"note":"兰州新区第三中学教学楼 第{{version}}项","person":{{personJson}}},"prev":null,"stream":"{{stream}}","time":"{{time}}","type":"NoteRecorded","version":{{version}}}""";
        var bytes = Encoding.UTF8.GetBytes(canonical);
        events.Add((Guid.NewGuid(), bytes, disclosures));
        return Log.Append(Log.Hasher.HashLeaf(bytes));
    }

    public void Seal()
    {
        Clock = Clock.AddSeconds(1);
        var block = EvidenceBlock.Create(Suite, Origin, Log.Size, Log.Root(), Clock, blocks.Count == 0 ? null : blocks[^1].Block);
        blocks.Add((block, block.Sign([Key])));
    }

    /// <summary>The contents of a package of <paramref name="leaves"/>, each proven into its sealing block, with the newest block.</summary>
    public PackageContents Contents(IEnumerable<long> leaves, ExportScope? scope = null)
    {
        var newest = blocks[^1].Block;
        var packaged = leaves.Select(leaf =>
        {
            var (id, canonical, disclosures) = events[(int)leaf];
            var block = blocks.First(b => b.Block.Size > leaf).Block;
            return new PackagedEvent(id, leaf, canonical, disclosures, block.Height, Log.InclusionProof(leaf, block.Size));
        }).ToList();
        var used = packaged.Select(e => e.Block).Where(h => h != newest.Height).Distinct().ToList();
        var header = new PackageHeader(
            Origin, Suite, scope ?? new ExportScope("tender", "LZ-GC-2026-0412"), "（2026）甘0102刑初123号",
            new ExportedFor("李审判员", "兰州市城关区人民法院", "审判员"), Clock.AddMinutes(5));
        return new PackageContents(
            header, packaged,
            [.. used.Append(newest.Height).Distinct().Select(h => blocks[(int)h].Signed.ToString())],
            used.ToDictionary(h => h, h => (IReadOnlyList<byte[]>)Log.ConsistencyProof(blocks[(int)h].Block.Size, newest.Size)),
            Keyring);
    }

    public EvidencePackage Build(IEnumerable<long> leaves) => PackageBuilder.Build(Contents(leaves), Certificate, [Key]);

    /// <summary>A small package: seven events over three blocks, two with a disclosed name, the newest block past them.</summary>
    public static (PackageLog Log, EvidencePackage Package) Small(CryptoSuite? suite = null)
    {
        var log = new PackageLog(suite);
        log.Append("tender/LZ-GC-2026-0412", "张三");
        log.Append("tender/other");
        log.Append("bid/LZ-GC-2026-0412/org-a");
        log.Seal();
        log.Append("tender/LZ-GC-2026-0412");
        log.Append("bid/LZ-GC-2026-0412/org-b", "李四");
        log.Seal();
        log.Append("tender/other");
        log.Append("tender/LZ-GC-2026-0412");
        log.Seal();
        log.Append("tender/other");
        log.Seal();
        return (log, log.Build([0, 2, 3, 4, 6]));
    }
}
