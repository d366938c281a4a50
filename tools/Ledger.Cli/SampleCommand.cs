using Ledger.Evidence.Blocks;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger sample</c>: writes a small, self-contained piece of evidence for a new user to verify: one
/// tender's first events, canonicalised and chained, sealed into a signed block, with a receipt for each
/// event and the log's verifier key. The signing key is made for the run and thrown away; personal values
/// stay out of the files (only their commitments are in the events).
/// </summary>
public static class SampleCommand
{
    private const string Origin = "ledger.example/sample-centre";
    private const string Stream = "tender/LZ-GC-2026-0412";

    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--out", "--suite");
        var folder = Path.GetFullPath(options.Required("--out"));
        var suiteName = options.Optional("--suite") ?? "intl";
        var suite = CryptoSuite.Find(suiteName) ?? throw new UsageException($"--suite '{suiteName}' is not intl or gm");
        Directory.CreateDirectory(folder);

        var key = SignerKey.Generate(Origin, suite.Signature);
        var log = new MerkleLog(MerkleHasher.For(suite));
        var time = new DateTimeOffset(2026, 11, 29, 1, 30, 0, TimeSpan.Zero);
        byte[]? previous = null;
        var events = new List<CanonicalEvent>();
        foreach (var (type, data) in Events())
        {
            time = time.AddMinutes(7);
            var canonical = CanonicalEvent.Create(suite, new EventEnvelope(type, Stream, events.Count + 1, time, previous), data);
            log.Append(canonical.Hash);
            events.Add(canonical);
            previous = canonical.Hash;
        }
        var block = EvidenceBlock.Create(suite, Origin, log.Size, log.Root(), time.AddSeconds(1), previous: null);
        var signed = block.Sign([key]);

        File.WriteAllText(Path.Combine(folder, "log.vkey"), key.Verifier + "\n");
        File.WriteAllText(Path.Combine(folder, "checkpoint.txt"), signed.ToString());
        for (var i = 0; i < events.Count; i++)
        {
            var receipt = ReceiptBuilder.Build(log, signed, i, Stream, i + 1, System.Text.Encoding.UTF8.GetString(events[i].Bytes));
            File.WriteAllText(Path.Combine(folder, $"receipt-{i + 1}.json"), receipt.ToJson() + "\n");
        }
        output.WriteLine($"sample written to {folder}: log.vkey, checkpoint.txt, receipt-1.json … receipt-{events.Count}.json ({suite.Name} suite)");
        return 0;
    }

    private static IEnumerable<(string Type, object Data)> Events()
    {
        yield return ("ProjectEntered", new ProjectEntered("LZ-GC-2026-0412", "兰州新区第三中学教学楼建设工程施工", "甘肃省兰州市兰州新区", "兰州新区教育局"));
        yield return ("TenderNoticePublished", new TenderNoticePublished("LZ-GC-2026-0412", 48_650_000.00m, new DateTimeOffset(2026, 12, 20, 1, 30, 0, TimeSpan.Zero), "9f2c4e1a0b7d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60"));
        yield return ("DocumentsObtained", new DocumentsObtained("LZ-GC-2026-0412", "91620100MA72XXXX3K", "甘肃示例建设工程有限公司", "张示例", "13800000000"));
    }

    private sealed record ProjectEntered(string ProjectCode, string Title, string Location, string Tenderer);

    private sealed record TenderNoticePublished(string ProjectCode, decimal CeilingPrice, DateTimeOffset BidDeadline, string DocumentsHash);

    private sealed record DocumentsObtained(string ProjectCode, string BidderCreditCode, string BidderName, [property: Personal] string ContactPerson, [property: Personal] string ContactPhone);
}
