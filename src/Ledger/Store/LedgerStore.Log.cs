using Ledger.Evidence.Merkle;
using Ledger.Evidence.Merkle.Tiles;
using Npgsql;

namespace Ledger.Store;

/// <summary>
/// The log as outsiders read it: hash tiles, inclusion and consistency proofs, blocks. Every read is bounded by
/// the newest sealed block's size, so nothing is shown that no signed checkpoint vouches for. The tables only
/// grow and a block commits with its nodes, so the nodes below a size read once are there for every later
/// statement; no transaction is needed to read them.
/// </summary>
public sealed partial class LedgerStore
{
    private const string NoBlock = "no block has been sealed yet";

    /// <summary>The hashes of <paramref name="tile"/>, concatenated, if the newest block's tree holds all of them.</summary>
    public async Task<LogRead<byte[]>> ReadTileAsync(TileId tile, CancellationToken ct = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        if (await NewestSizeAsync(connection, ct) is not { } newest)
        {
            return LogRead<byte[]>.Missing(NoBlock);
        }
        if (!TileLayout.Contains(newest, tile))
        {
            return LogRead<byte[]>.Missing(
                $"{tile} is not in the log: the newest block's tree of size {newest} has {TileLayout.HashCount(tile.Level, newest)} hashes at tile level {tile.Level}");
        }
        var first = tile.Node(0).Index;
        var data = new byte[tile.ByteLength];
        var read = 0;
        await using var command = new NpgsqlCommand(
            $"SELECT idx, hash FROM {schema}.ledger_nodes WHERE level = $1 AND idx >= $2 AND idx < $3 ORDER BY idx", connection);
        command.Parameters.AddWithValue(tile.NodeLevel);
        command.Parameters.AddWithValue(first);
        command.Parameters.AddWithValue(first + tile.Width);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var hash = reader.GetFieldValue<byte[]>(1);
                if (reader.GetInt64(0) != first + read || hash.Length != MerkleHasher.Size)
                {
                    throw new InvalidOperationException($"the tree's node {tile.NodeLevel}/{reader.GetInt64(0)} does not fit {tile} at position {read}");
                }
                hash.CopyTo(data, read * MerkleHasher.Size);
                read++;
            }
        }
        if (read != tile.Width)
        {
            throw new InvalidOperationException($"the tree is missing {tile.Width - read} of the {tile.Width} nodes of {tile}, which block size {newest} covers");
        }
        return LogRead<byte[]>.Found(data);
    }

    /// <summary>The inclusion proof of leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves (default: the newest block's).</summary>
    public async Task<LogRead<LogInclusionProof>> InclusionProofAsync(long index, long? size, CancellationToken ct = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        return await InclusionProofAsync(connection, index, size, ct);
    }

    /// <summary>The inclusion proof of the sealed event whose leaf hash (its event hash) is <paramref name="leafHash"/>.</summary>
    public async Task<LogRead<LogInclusionProof>> InclusionProofAsync(byte[] leafHash, long? size, CancellationToken ct = default)
    {
        var hex = Convert.ToHexStringLower(leafHash);
        if (leafHash.Length != MerkleHasher.Size)
        {
            return LogRead<LogInclusionProof>.Refused($"leaf hash {hex} is {leafHash.Length} bytes, not {MerkleHasher.Size}");
        }
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        // One snapshot for both questions: the sealer moves a leaf from the outbox to the tree in one transaction, so
        // read apart, a leaf sealed between them would be in neither and be called unknown.
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        // A sealed leaf is a level-0 node; only on a miss is the outbox asked whether it waits to be sealed.
        await using (var sealedLeaf = new NpgsqlCommand($"SELECT min(idx) FROM {schema}.ledger_nodes WHERE level = 0 AND hash = $1", connection))
        {
            sealedLeaf.Parameters.AddWithValue(leafHash);
            if (await sealedLeaf.ExecuteScalarAsync(ct) is long index)
            {
                return await InclusionProofAsync(connection, index, size, ct);
            }
        }
        await using var pending = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {schema}.ledger_pending WHERE hash = $1)", connection);
        pending.Parameters.AddWithValue(leafHash);
        return LogRead<LogInclusionProof>.Missing((bool)(await pending.ExecuteScalarAsync(ct))!
            ? $"the event with leaf hash {hex} is not sealed yet"
            : $"the log has no leaf with hash {hex}");
    }

    /// <summary>The consistency proof from the tree of <paramref name="from"/> leaves to the one of <paramref name="to"/> (default: the newest block's).</summary>
    public async Task<LogRead<LogConsistencyProof>> ConsistencyProofAsync(long from, long? to, CancellationToken ct = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        if (await NewestSizeAsync(connection, ct) is not { } newest)
        {
            return LogRead<LogConsistencyProof>.Missing(NoBlock);
        }
        var size2 = to ?? newest;
        if (size2 > newest)
        {
            return LogRead<LogConsistencyProof>.Missing(BeyondNewest(size2, newest));
        }
        if (from < 1)
        {
            return LogRead<LogConsistencyProof>.Refused($"a consistency proof from size {from} proves nothing; sizes start at 1");
        }
        if (from > size2)
        {
            return LogRead<LogConsistencyProof>.Refused($"size {from} is larger than size {size2}: a log never shrinks");
        }
        var plan = ProofPlan.Consistency(from, size2);
        var hashes = plan.Build(MerkleHasher.For(Options.Suite), await NodeReader.ReadAsync(connection, schema, plan.Nodes, ct));
        var notes = await BlockNotesAsync(connection, [from, size2], ct);
        return LogRead<LogConsistencyProof>.Found(new LogConsistencyProof(from, size2, hashes, notes.GetValueOrDefault(from), notes.GetValueOrDefault(size2)));
    }

    /// <summary>The signed note of the block at <paramref name="height"/>, or null if the log has none there.</summary>
    public async Task<string?> BlockNoteAsync(long height, CancellationToken ct = default)
    {
        await using var command = DataSource.CreateCommand($"SELECT note FROM {schema}.ledger_blocks WHERE height = $1");
        command.Parameters.AddWithValue(height);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private async Task<LogRead<LogInclusionProof>> InclusionProofAsync(NpgsqlConnection connection, long index, long? size, CancellationToken ct)
    {
        if (await NewestSizeAsync(connection, ct) is not { } newest)
        {
            return LogRead<LogInclusionProof>.Missing(NoBlock);
        }
        var treeSize = size ?? newest;
        if (treeSize > newest)
        {
            return LogRead<LogInclusionProof>.Missing(BeyondNewest(treeSize, newest));
        }
        if (index >= newest)
        {
            return LogRead<LogInclusionProof>.Missing($"the log has no leaf {index}: the newest block's tree has {newest} leaves");
        }
        if (index < 0 || index >= treeSize)
        {
            return LogRead<LogInclusionProof>.Refused($"leaf index {index} is outside the tree of size {treeSize}; a leaf is in every tree from its index + 1 on");
        }
        var plan = ProofPlan.Inclusion(index, treeSize);
        // The leaf's own hash rides in the same batch as the proof's nodes.
        var nodes = await NodeReader.ReadAsync(connection, schema, [new NodeId(0, index), .. plan.Nodes], ct);
        var hashes = plan.Build(MerkleHasher.For(Options.Suite), nodes.Skip(1).ToList());
        var notes = await BlockNotesAsync(connection, [treeSize], ct);
        return LogRead<LogInclusionProof>.Found(new LogInclusionProof(index, treeSize, nodes[0], hashes, notes.GetValueOrDefault(treeSize)));
    }

    private async Task<long?> NewestSizeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT size FROM {schema}.ledger_blocks ORDER BY height DESC LIMIT 1", connection);
        return await command.ExecuteScalarAsync(ct) as long?;
    }

    /// <summary>The notes of the blocks sealed at any of <paramref name="sizes"/>; sizes between blocks have none.</summary>
    private async Task<Dictionary<long, string>> BlockNotesAsync(NpgsqlConnection connection, long[] sizes, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT size, note FROM {schema}.ledger_blocks WHERE size = ANY($1)", connection);
        command.Parameters.AddWithValue(sizes);
        var notes = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            notes[reader.GetInt64(0)] = reader.GetString(1);
        }
        return notes;
    }

    private static string BeyondNewest(long size, long newest) =>
        $"the log has no signed tree of size {size}; the newest block's size is {newest}";
}
