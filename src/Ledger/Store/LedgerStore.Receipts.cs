using System.Text;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Store;

public sealed partial class LedgerStore
{
    /// <summary>
    /// The event's receipt proving it into the newest block, or its promise while it waits for sealing.
    /// Reads the event row, the newest block and O(log n) tree nodes.
    /// </summary>
    public async Task<ReceiptLookup> GetReceiptAsync(Guid eventId, CancellationToken ct = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        string promise, stream;
        long version;
        long? leaf;
        byte[] canonical;
        await using (var command = new Npgsql.NpgsqlCommand(
            $"SELECT e.promise, e.stream, e.version, l.leaf_index, e.canonical FROM {schema}.ledger_events e LEFT JOIN {schema}.ledger_leaves l ON l.event_id = e.event_id WHERE e.event_id = $1", connection, transaction))
        {
            command.Parameters.AddWithValue(eventId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return ReceiptLookup.NotFound;
            }
            (promise, stream, version) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            leaf = reader.IsDBNull(3) ? null : reader.GetInt64(3);
            canonical = reader.GetFieldValue<byte[]>(4);
        }
        if (!SignedNote.TryParse(promise, out var promiseNote, out var error))
        {
            throw new InvalidOperationException($"stored promise of event {eventId} does not parse: {error}");
        }
        if (leaf is not { } index)
        {
            return new ReceiptLookup(promiseNote, null, Encoding.UTF8.GetString(canonical));
        }

        string blockNote;
        await using (var command = new Npgsql.NpgsqlCommand($"SELECT note FROM {schema}.ledger_blocks ORDER BY height DESC LIMIT 1", connection, transaction))
        {
            blockNote = (string)(await command.ExecuteScalarAsync(ct))!;
        }
        if (!EvidenceBlock.TryParseNote(blockNote, out var signedBlock, out var block, out error))
        {
            throw new InvalidOperationException($"the newest stored block does not parse: {error}");
        }
        var plan = ProofPlan.Inclusion(index, block.Size);
        var proof = plan.Build(MerkleHasher.For(block.Suite), await NodeReader.ReadAsync(connection, schema, plan.Nodes, ct));
        var hash = MerkleHasher.For(block.Suite).HashLeaf(canonical);
        var receipt = new Receipt(block.Suite.Name, stream, version, hash, new TlogProof(index, proof, signedBlock.ToString()), Encoding.UTF8.GetString(canonical));
        return new ReceiptLookup(promiseNote, receipt, receipt.Event!);
    }

    /// <summary>The newest signed block as note text, or null before the first seal.</summary>
    public async Task<string?> NewestBlockAsync(CancellationToken ct = default)
    {
        await using var command = DataSource.CreateCommand($"SELECT note FROM {schema}.ledger_blocks ORDER BY height DESC LIMIT 1");
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
