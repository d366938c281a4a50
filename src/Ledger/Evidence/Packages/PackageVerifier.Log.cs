using System.Text;
using System.Text.Json;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Evidence.Packages;

public static partial class PackageVerifier
{
    /// <summary>The log's part of a package: blocks, consistency proofs, events, inclusion proofs and disclosures.</summary>
    private sealed class LogCheck(Dictionary<PackageFile, byte[]> files, PackageManifest manifest, Keyring keys)
    {
        private readonly SortedDictionary<long, (string Note, EvidenceBlock Block, SignedNote Signed)> blocks = [];
        private readonly MerkleHasher hasher = MerkleHasher.For(manifest.Suite);

        public EvidenceBlock? Newest { get; private set; }

        public List<string> OtherSigners { get; } = [];

        public string? Run() => Blocks() ?? Consistency() ?? Events();

        private string? Blocks()
        {
            foreach (var (file, content) in files.Where(f => f.Key.Kind == PackageFileKind.Block).OrderBy(f => f.Key.Number))
            {
                var note = Utf8(content, out var error);
                if (note is null || !EvidenceBlock.TryParseNote(note, out var signed, out var block, out error))
                {
                    return $"{file.Name}: {error}";
                }
                if (block.Height != file.Number)
                {
                    return $"{file.Name}: holds block {block.Height}";
                }
                if (block.Origin != manifest.Origin || block.Suite != manifest.Suite)
                {
                    return $"{file.Name}: a block of {block.Origin} ({block.Suite}), the package is of {manifest.Origin} ({manifest.Suite})";
                }
                var signature = SignedByLog(signed, block.Time, keys, []);
                if (!signature.IsValid)
                {
                    return $"{file.Name}: {signature.Failure}";
                }
                if (blocks.Count > 0 && blocks.Last().Value.Block is var before)
                {
                    var order = block.Height == before.Height + 1
                        ? block.Follows(before)
                        : block.Size <= before.Size || block.Time < before.Time
                            ? Verdict.Invalid($"block {block.Height} (size {block.Size}, {PackageManifest.FormatTime(block.Time)}) does not grow from block {before.Height} (size {before.Size}, {PackageManifest.FormatTime(before.Time)})")
                            : Verdict.Valid;
                    if (!order.IsValid)
                    {
                        return $"{file.Name}: {order.Failure}";
                    }
                }
                blocks.Add(block.Height, (note, block, signed));
            }
            if (blocks.Count == 0 || blocks.Last().Key != manifest.NewestBlock)
            {
                return $"{PackageFile.ManifestName}: newestBlock is {manifest.NewestBlock}, the newest block the package holds is {(blocks.Count == 0 ? "none" : blocks.Last().Key)}";
            }
            Newest = blocks.Last().Value.Block;
            OtherSigners.AddRange(blocks.Last().Value.Signed.Open(keys.Keys).Unverified.Select(s => s.KeyHandle));
            var used = manifest.Events.Select(e => e.Block).ToHashSet();
            var missing = manifest.Events.FirstOrDefault(e => !blocks.ContainsKey(e.Block));
            if (missing is not null)
            {
                return $"{PackageFile.ManifestName}: leaf {missing.Leaf} proves into block {missing.Block}, which the package does not hold";
            }
            var unused = blocks.Keys.FirstOrDefault(h => h != Newest.Height && !used.Contains(h), -1);
            return unused < 0 ? null : $"{PackageFile.Block(unused).Name}: no event of the package proves into it";
        }

        private string? Consistency()
        {
            var newest = Newest!;
            var expected = manifest.Events.Select(e => e.Block).Where(h => h != newest.Height).ToHashSet();
            foreach (var (file, content) in files.Where(f => f.Key.Kind == PackageFileKind.Consistency).OrderBy(f => f.Key.Number))
            {
                if (file.Second != newest.Height || !expected.Remove(file.Number))
                {
                    return $"{file.Name}: the package needs consistency proofs from the blocks its events prove into to the newest block {newest.Height}, and this is not one";
                }
                if (!TryReadHashes(content, out var proof, out var error))
                {
                    return $"{file.Name}: {error}";
                }
                var from = blocks[file.Number].Block;
                var verdict = MerkleVerifier.VerifyConsistency(hasher, from.Size, newest.Size, proof, from.RootHash, newest.RootHash);
                if (!verdict.IsValid)
                {
                    return $"{file.Name}: {verdict.Failure}";
                }
            }
            return expected.Count == 0 ? null : $"{PackageFile.Consistency(expected.Min(), newest.Height).Name} is missing";
        }

        private string? Events()
        {
            var listed = manifest.Events.Select(e => e.Leaf).ToHashSet();
            var stray = files.Keys.Where(f => f.Kind is PackageFileKind.Event or PackageFileKind.Proof or PackageFileKind.Disclosures && !listed.Contains(f.Number))
                .Select(f => f.Name).FirstOrDefault();
            if (stray is not null)
            {
                return $"{stray}: its leaf is not among the manifest's events";
            }
            foreach (var e in manifest.Events)
            {
                var failure = Event(e);
                if (failure is not null)
                {
                    return failure;
                }
            }
            return null;
        }

        private string? Event(ManifestEvent e)
        {
            var (eventFile, proofFile, disclosureFile) = (PackageFile.Event(e.Leaf), PackageFile.Proof(e.Leaf), PackageFile.Disclosures(e.Leaf));
            if (!files.TryGetValue(eventFile, out var canonical))
            {
                return $"{eventFile.Name} is missing";
            }
            if (!files.TryGetValue(proofFile, out var proofBytes))
            {
                return $"{proofFile.Name} is missing";
            }
            var (note, block, _) = blocks[e.Block];
            var proofText = Utf8(proofBytes, out var error);
            if (proofText is null || !TlogProof.TryParse(proofText, out var proof, out error))
            {
                return $"{proofFile.Name}: {error}";
            }
            if (proof.Index != e.Leaf || proof.Checkpoint != note)
            {
                return $"{proofFile.Name}: proves leaf {proof.Index} into a checkpoint that {(proof.Checkpoint == note ? "is" : "is not")} {PackageFile.Block(e.Block).Name}; the manifest says leaf {e.Leaf} into block {e.Block}";
            }
            var inclusion = MerkleVerifier.VerifyInclusion(hasher, e.Leaf, block.Size, hasher.HashLeaf(canonical), proof.Proof, block.RootHash);
            if (!inclusion.IsValid)
            {
                return $"{proofFile.Name}: {inclusion.Failure}";
            }
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(canonical);
            }
            catch (JsonException x)
            {
                return $"{eventFile.Name}: not JSON ({x.Message})";
            }
            using (document)
            {
                if (!EventFields.TryRead(document.RootElement, out var fields, out error))
                {
                    return $"{eventFile.Name}: {error}";
                }
                if (fields.Stream != e.Stream || fields.Version != e.Version || fields.Type != e.Type || fields.Time != e.Time)
                {
                    return $"{PackageFile.ManifestName}: leaf {e.Leaf} is listed as {e.Type} {e.Stream} v{e.Version} at {e.Time}; {eventFile.Name} is {fields.Type} {fields.Stream} v{fields.Version} at {fields.Time}";
                }
                return Disclosures(e, disclosureFile, document.RootElement);
            }
        }

        private string? Disclosures(ManifestEvent e, PackageFile file, JsonElement canonical)
        {
            if (!files.TryGetValue(file, out var content))
            {
                var committed = Commitments.Find(canonical);
                return committed.Count == 0 ? null : $"{file.Name} is missing: {PackageFile.Event(e.Leaf).Name} holds a commitment at {committed[0].Key}";
            }
            if (!EventDisclosures.TryParse(content, file.Name, out var disclosures, out var error))
            {
                return error;
            }
            if (disclosures.Leaf != e.Leaf)
            {
                return $"{file.Name}: names leaf {disclosures.Leaf}";
            }
            var check = disclosures.Check(manifest.Suite, canonical);
            return check.IsValid ? null : $"{file.Name}: {check.Failure}";
        }

        private static bool TryReadHashes(byte[] content, out List<byte[]> hashes, out string? error)
        {
            hashes = [];
            error = null;
            var text = Encoding.ASCII.GetString(content);
            if (text.Length == 0 || text[^1] != '\n')
            {
                error = "not hex hashes, one a line, each line ending in a newline";
                return false;
            }
            var lines = text[..^1].Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length != 2 * MerkleHasher.Size || !lines[i].All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
                {
                    error = $"line {i + 1} is not a {MerkleHasher.Size}-byte hash in lowercase hex";
                    return false;
                }
                hashes.Add(Convert.FromHexString(lines[i]));
            }
            return true;
        }
    }
}
