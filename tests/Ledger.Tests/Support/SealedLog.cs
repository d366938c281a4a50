using Ledger.Evidence.Blocks;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Tests.Support;

/// <summary>An in-memory log sealed into signed blocks, as the store's sealer will do, for evidence tests.</summary>
internal sealed class SealedLog
{
    public const string Origin = "ledger.test/centre-001";

    private readonly List<(EvidenceBlock Block, SignedNote Signed)> blocks = [];

    public SealedLog(CryptoSuite suite, params SignerKey[] keys)
    {
        Suite = suite;
        Keys = keys.Length > 0 ? keys : [SignerKey.Generate(Origin, suite.Signature)];
        Log = new MerkleLog(MerkleHasher.For(suite));
    }

    public CryptoSuite Suite { get; }

    public SignerKey[] Keys { get; }

    public MerkleLog Log { get; }

    public List<string> Events { get; } = [];

    public IReadOnlyList<(EvidenceBlock Block, SignedNote Signed)> Blocks => blocks;

    public DateTimeOffset Clock { get; set; } = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Appends events shaped like canonical events (stream and version fields) and returns their indexes.</summary>
    public void Append(int count, string stream = "tender/2026-0001")
    {
        for (var i = 0; i < count; i++)
        {
            var version = Events.Count + 1;
            var canonical = $$"""{"data":{"title":"某市第一中学教学楼工程 第{{version}}号"},"stream":"{{stream}}","type":"BidSubmitted","version":{{version}}}""";
            Events.Add(canonical);
            Log.Append(Log.Hasher.HashLeaf(System.Text.Encoding.UTF8.GetBytes(canonical)));
        }
    }

    public (EvidenceBlock Block, SignedNote Signed) Seal()
    {
        Clock = Clock.AddSeconds(1);
        var block = EvidenceBlock.Create(Suite, Origin, Log.Size, Log.Root(), Clock, blocks.Count == 0 ? null : blocks[^1].Block);
        var sealedBlock = (block, block.Sign(Keys));
        blocks.Add(sealedBlock);
        return sealedBlock;
    }

    public Receipt ReceiptFor(int index, bool withEvent = true) =>
        ReceiptBuilder.Build(Log, blocks[^1].Signed, index, "tender/2026-0001", index + 1, withEvent ? Events[index] : null);
}
