using System.Globalization;
using System.Text;
using System.Text.Json;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Evidence.Packages;

/// <summary>
/// Makes an evidence package from gathered contents: lays out the files, writes the manifest, has the caller
/// render the certificate from the manifest's facts, signs both hashes with the log's key and writes the
/// canonical zip. Checks every proof and disclosure it is given before packaging it, so the log never hands a
/// court a package that does not verify.
/// </summary>
public static class PackageBuilder
{
    /// <summary>
    /// Requires at least one event, each in a block of <paramref name="contents"/>, the blocks of the header's
    /// origin and suite, and a consistency proof from every block an event uses (but the newest) to the newest.
    /// <paramref name="signers"/> MUST be the log's keys in service at the export time.
    /// </summary>
    /// <exception cref="ArgumentException">The contents are inconsistent; the message says where.</exception>
    public static EvidencePackage Build(PackageContents contents, Func<PackageFacts, byte[]> certificate, IReadOnlyList<SignerKey> signers)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(certificate);
        var header = contents.Header with { ExportedAt = LedgerTime.Truncate(contents.Header.ExportedAt) };
        if (contents.Events.Count == 0)
        {
            throw new ArgumentException("a package needs at least one event", nameof(contents));
        }
        if (signers.Count == 0)
        {
            throw new ArgumentException("a package is signed by the log's key, and none was given", nameof(signers));
        }
        var blocks = Blocks(contents, header);
        var newest = blocks.Values.MaxBy(b => b.Block.Height)!;
        var hasher = MerkleHasher.For(header.Suite);
        var events = contents.Events.OrderBy(e => e.Leaf).ToList();
        var used = events.Select(e => e.Block).ToHashSet();
        var unused = blocks.Keys.FirstOrDefault(h => h != newest.Block.Height && !used.Contains(h), -1);
        if (unused >= 0)
        {
            throw new ArgumentException($"block {unused} is given, and no event proves into it", nameof(contents));
        }

        var files = new List<(PackageFile File, byte[] Content)> { (PackageFile.Keys, Encoding.UTF8.GetBytes(contents.Keys.ToJson())) };
        files.AddRange(blocks.Values.OrderBy(b => b.Block.Height).Select(b => (PackageFile.Block(b.Block.Height), Encoding.UTF8.GetBytes(b.Note))));
        foreach (var height in used.Where(h => h != newest.Block.Height).Order())
        {
            var from = blocks[height].Block;
            if (!contents.Consistency.TryGetValue(height, out var proof))
            {
                throw new ArgumentException($"no consistency proof from block {height} to the newest block {newest.Block.Height}", nameof(contents));
            }
            Require(MerkleVerifier.VerifyConsistency(hasher, from.Size, newest.Block.Size, proof, from.RootHash, newest.Block.RootHash), $"consistency from block {height}");
            files.Add((PackageFile.Consistency(height, newest.Block.Height), Encoding.ASCII.GetBytes(string.Concat(proof.Select(h => Convert.ToHexStringLower(h) + "\n")))));
        }
        var listed = new List<ManifestEvent>(events.Count);
        var facts = new List<FactEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (i > 0 && e.Leaf == events[i - 1].Leaf)
            {
                throw new ArgumentException($"leaf {e.Leaf} is given twice", nameof(contents));
            }
            if (!blocks.TryGetValue(e.Block, out var block))
            {
                throw new ArgumentException($"leaf {e.Leaf} proves into block {e.Block}, which is not given", nameof(contents));
            }
            Require(MerkleVerifier.VerifyInclusion(hasher, e.Leaf, block.Block.Size, hasher.HashLeaf(e.Canonical), e.Proof, block.Block.RootHash), $"leaf {e.Leaf}");
            var entry = Describe(e, header, out var disclosures);
            listed.Add(entry);
            if (facts.Count < PackageFacts.MaxListedEvents)
            {
                PackageManifest.TryParseTime(entry.Time, out var time);
                facts.Add(new FactEvent(e.Leaf, entry.Stream, entry.Type, time));
            }
            files.Add((PackageFile.Event(e.Leaf), e.Canonical));
            if (disclosures is not null)
            {
                files.Add((PackageFile.Disclosures(e.Leaf), disclosures.ToJson()));
            }
            files.Add((PackageFile.Proof(e.Leaf), Encoding.UTF8.GetBytes(new TlogProof(e.Leaf, e.Proof, block.Note).ToString())));
        }

        var manifest = new PackageManifest(
            header.Origin, header.Suite, header.Scope, header.CaseReference, header.ExportedFor, header.ExportedAt, newest.Block.Height, listed,
            [.. files.Select(f => new ManifestFile(f.File.Name, header.Suite.Hash(f.Content)))]).ToJson();
        var manifestHash = header.Suite.Hash(manifest);
        var code = VerificationCode.From(manifestHash);
        var shown = new PackageFacts(
            code, Convert.ToHexStringLower(manifestHash), header.Origin, header.Suite.Name, header.Scope, header.CaseReference, header.ExportedFor,
            header.ExportedAt, events.Count, newest.Block.Height, newest.Block.Size, newest.Block.Time, facts);
        var pdf = certificate(shown);
        var signature = new PackageSignature(header.Origin, header.Suite, header.ExportedAt, manifestHash, header.Suite.Hash(pdf)).Sign(signers);
        files.Add((PackageFile.Manifest, manifest));
        files.Add((PackageFile.Signature, Encoding.UTF8.GetBytes(signature.ToString())));
        files.Add((PackageFile.Certificate, pdf));
        files.Sort((a, b) => PackageFile.Compare(a.File, b.File));
        return new EvidencePackage(CanonicalZip.Write([.. files.Select(f => new ZipEntry(f.File.Name, f.Content))]), code, shown);
    }

    private static Dictionary<long, (string Note, EvidenceBlock Block)> Blocks(PackageContents contents, PackageHeader header)
    {
        var blocks = new Dictionary<long, (string, EvidenceBlock)>();
        foreach (var note in contents.Blocks)
        {
            if (!EvidenceBlock.TryParseNote(note, out _, out var block, out var error))
            {
                throw new ArgumentException($"a given block does not parse: {error}", nameof(contents));
            }
            if (block.Origin != header.Origin || block.Suite != header.Suite)
            {
                throw new ArgumentException($"block {block.Height} is of {block.Origin} ({block.Suite}), the package of {header.Origin} ({header.Suite})", nameof(contents));
            }
            if (!blocks.TryAdd(block.Height, (note, block)))
            {
                throw new ArgumentException($"block {block.Height} is given twice", nameof(contents));
            }
        }
        if (blocks.Count == 0)
        {
            throw new ArgumentException("a package needs the blocks its events prove into", nameof(contents));
        }
        return blocks;
    }

    /// <summary>The manifest's line for an event, and its disclosures file when it holds commitments.</summary>
    private static ManifestEvent Describe(PackagedEvent e, PackageHeader header, out EventDisclosures? disclosures)
    {
        using var json = JsonDocument.Parse(e.Canonical);
        var root = json.RootElement;
        var committed = Commitments.Find(root);
        var held = e.Disclosures.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        disclosures = committed.Count == 0 && e.Disclosures.Count == 0
            ? null
            : new EventDisclosures(e.Leaf, e.Disclosures, [.. committed.Select(c => c.Key).Where(p => !held.Contains(p))]);
        if (disclosures is not null)
        {
            Require(disclosures.Check(header.Suite, root), $"disclosures of leaf {e.Leaf}");
        }
        if (!EventFields.TryRead(root, out var fields, out var error))
        {
            throw new ArgumentException($"leaf {e.Leaf}: {error}", nameof(e));
        }
        return new ManifestEvent(e.Leaf, e.Id, fields.Stream, fields.Version, fields.Type, fields.Time, e.Block);
    }

    private static void Require(Verdict verdict, string what)
    {
        if (!verdict.IsValid)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what}: {verdict.Failure}"));
        }
    }
}
