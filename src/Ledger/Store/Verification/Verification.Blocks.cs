using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;

namespace Ledger.Store.Verification;

internal sealed partial class Verification
{
    /// <summary>
    /// Reads the blocks in height order and checks each on its own (note, signature, stored columns) and
    /// against the one before (consecutive height, prev hash, same log). Blocks whose signature holds become
    /// the roots the events must rebuild.
    /// </summary>
    private async Task VerifyBlocksAsync(CancellationToken ct)
    {
        var handles = keys.Select(k => (k.Name, k.KeyId)).ToHashSet();
        var signers = new SortedSet<string>(StringComparer.Ordinal);
        var (parsed, keyed) = (0, 0);
        var suiteKnown = false;
        EvidenceBlock? previous = null;
        var expectedHeight = 0L;
        await using var command = Command($"SELECT height, size, root, note, hash FROM {schema}.ledger_blocks ORDER BY height");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            blockCount++;
            var (height, size, root, note, rowHash) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2), reader.GetString(3), reader.GetFieldValue<byte[]>(4));
            var at = new FindingLocation { Height = height };
            if (height != expectedHeight)
            {
                findings.Add(FindingList.Blocks, FindingKind.BlockAltered, new FindingLocation { Height = expectedHeight }, Missing(expectedHeight, height));
                previous = null;
            }
            expectedHeight = height + 1;
            newestHeight = height;

            if (!EvidenceBlock.TryParseNote(note, out var signed, out var block, out var error))
            {
                findings.Add(FindingList.Blocks, FindingKind.BlockAltered, at, $"its note is not a signed ledger block: {error}");
                newestSize = Math.Max(newestSize, size);
                previous = null;
                continue;
            }
            parsed++;
            newestSize = Math.Max(newestSize, block.Size);
            if (!suiteKnown)
            {
                hasher = MerkleHasher.For(block.Suite);
                suiteKnown = true;
            }
            signers.UnionWith(signed.Signatures.Select(s => s.KeyHandle));
            keyed += signed.Signatures.Any(s => handles.Contains((s.Name, s.KeyId))) ? 1 : 0;
            var opening = signed.Open(keys);
            if (!opening.Verdict.IsValid)
            {
                // An altered note also differs from its row's columns and from the next block's prev: those are this finding's echoes.
                findings.Add(FindingList.Blocks, FindingKind.BlockAltered, at, $"its signature does not verify: {opening.Verdict.Failure}");
                previous = null;
                continue;
            }
            trusted.Add(new TrustedBlock(block.Height, block.Size, block.RootHash));
            if (block.Height != height)
            {
                findings.Add(FindingList.Blocks, FindingKind.BlockAltered, at, $"the row at height {height} holds the note of block {block.Height}");
            }
            var columns = Columns(block, size, root, rowHash);
            if (columns.Count > 0)
            {
                findings.Add(FindingList.Blocks, FindingKind.BlockAltered, at, $"its stored {string.Join(" and ", columns)} {(columns.Count == 1 ? "differs" : "differ")} from its signed note");
            }
            if (previous is not null && block.Follows(previous) is { IsValid: false } chain)
            {
                findings.Add(FindingList.Blocks, FindingKind.BlockAltered, at, chain.Failure!);
            }
            previous = block;
        }
        if (!suiteKnown)
        {
            hasher = MerkleHasher.For(SuiteOfKeys());
        }
        if (parsed > 0 && keyed == 0)
        {
            throw new StoreUnusableException(
                $"none of the {parsed} blocks is signed by the given key(s) {string.Join(", ", keys.Select(k => k.Handle))}; they are signed by {string.Join(", ", signers)}");
        }
    }

    private static string Missing(long from, long next) =>
        (from, next - from) switch
        {
            (0, 1) => "block 0 is missing: the first block stored is block 1",
            (0, _) => $"blocks 0 to {next - 1} are missing: the first block stored is block {next}",
            (_, 1) => $"block {from} is missing: block {next} comes after block {from - 1}",
            _ => $"blocks {from} to {next - 1} are missing: block {next} comes after block {from - 1}",
        };

    private static List<string> Columns(EvidenceBlock block, long size, byte[] root, byte[] hash)
    {
        var differing = new List<string>(3);
        if (size != block.Size)
        {
            differing.Add($"size ({size}, signed {block.Size})");
        }
        if (!root.AsSpan().SequenceEqual(block.RootHash))
        {
            differing.Add($"root ({Hex(root)}, signed {Hex(block.RootHash)})");
        }
        if (!hash.AsSpan().SequenceEqual(block.Hash()))
        {
            differing.Add($"hash ({Hex(hash)}, of the note {Hex(block.Hash())})");
        }
        return differing;
    }
}
