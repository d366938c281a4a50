using Ledger.Evidence.Blocks;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;
using Ledger.Verify;

namespace Ledger.Verify.Tests;

/// <summary>A temporary folder of evidence files, a sealed log to make them from, and a way to run the verifier on them.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-verify-");

    public Workspace(CryptoSuite? suite = null)
    {
        Suite = suite ?? CryptoSuite.Intl;
        Key = SignerKey.Generate("ledger.test/centre-001", Suite.Signature);
        Log = new MerkleLog(MerkleHasher.For(Suite));
    }

    public CryptoSuite Suite { get; }

    public SignerKey Key { get; }

    public string VKey => Key.Verifier.ToString();

    public MerkleLog Log { get; }

    public List<string> Events { get; } = [];

    public List<SignedNote> Blocks { get; } = [];

    public void Append(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var version = Events.Count + 1;
            var canonical = $$"""{"data":{"project":"市政道路改造工程"},"stream":"tender/T-1","type":"BidSubmitted","version":{{version}}}""";
            Events.Add(canonical);
            Log.Append(Log.Hasher.HashLeaf(System.Text.Encoding.UTF8.GetBytes(canonical)));
        }
    }

    public SignedNote Seal()
    {
        EvidenceBlock? previous = null;
        if (Blocks.Count > 0 && Checkpoint.TryParse(Blocks[^1].Text, out var c, out _) && EvidenceBlock.TryFrom(c, out var b, out _))
        {
            previous = b;
        }
        var time = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero).AddMinutes(Blocks.Count);
        var block = EvidenceBlock.Create(Suite, Key.Name, Log.Size, Log.Root(), time, previous);
        Blocks.Add(block.Sign([Key]));
        return Blocks[^1];
    }

    public Receipt ReceiptFor(int index) =>
        ReceiptBuilder.Build(Log, Blocks[^1], index, "tender/T-1", index + 1, Events[index]);

    public string Write(string name, string content)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteProof(string name, IEnumerable<byte[]> hashes) =>
        Write(name, string.Concat(hashes.Select(h => Convert.ToHexStringLower(h) + "\n")));

    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = VerifyCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ledger.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Ledger.sln not found above the test binaries");
    }

    public void Dispose() => folder.Delete(recursive: true);
}
