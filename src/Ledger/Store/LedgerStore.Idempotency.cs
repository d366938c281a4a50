using Ledger.Store.Idempotency;
using Marten;
using Npgsql;

namespace Ledger.Store;

public sealed partial class LedgerStore
{
    /// <summary>
    /// What is remembered under <paramref name="person"/>'s <paramref name="key"/>, if it was remembered at or after
    /// <paramref name="keptSince"/>; an older row is forgotten here, so the key can be used afresh.
    /// </summary>
    public async Task<RememberedRequest?> FindRememberedAsync(string person, string key, DateTimeOffset keptSince, CancellationToken ct = default)
    {
        RememberedRequest? found;
        await using (var command = DataSource.CreateCommand($"SELECT fingerprint, status, body, created_at FROM {schema}.ledger_idempotency WHERE person = $1 AND key = $2"))
        {
            command.Parameters.AddWithValue(person);
            command.Parameters.AddWithValue(key);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }
            found = new RememberedRequest(
                reader.GetFieldValue<byte[]>(0), new StoredAnswer(reader.GetInt32(1), reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3));
        }
        if (found.At >= keptSince)
        {
            return found;
        }
        await using var forget = DataSource.CreateCommand($"DELETE FROM {schema}.ledger_idempotency WHERE person = $1 AND key = $2 AND created_at = $3");
        forget.Parameters.AddWithValue(person);
        forget.Parameters.AddWithValue(key);
        forget.Parameters.AddWithValue(found.At);
        await forget.ExecuteNonQueryAsync(ct);
        return null;
    }

    /// <summary>Forgets every request remembered before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> ForgetRememberedBeforeAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var command = DataSource.CreateCommand($"DELETE FROM {schema}.ledger_idempotency WHERE created_at < $1");
        command.Parameters.AddWithValue(before);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Remembers the answer to a request that appended nothing (a refusal kept out of the trail), on its own.</summary>
    internal async Task RememberAsync(IdempotentRequest request, StoredAnswer answer, DateTimeOffset time, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand(
            $"INSERT INTO {schema}.ledger_idempotency (person, key, fingerprint, status, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)");
        command.Parameters.AddWithValue(request.Person);
        command.Parameters.AddWithValue(request.Key);
        command.Parameters.AddWithValue(request.Fingerprint);
        command.Parameters.AddWithValue(answer.Status);
        command.Parameters.AddWithValue(answer.Body);
        command.Parameters.AddWithValue(time);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (IsKeyTaken(e))
        {
            throw new IdempotencyKeyTakenException(request.Person, request.Key, e);
        }
    }

    /// <summary>Queues the remembered answer into the append's own transaction.</summary>
    private void QueueRemember(IDocumentSession session, IdempotentRequest request, StoredAnswer answer, DateTimeOffset time) =>
        session.QueueSqlCommand(
            $"INSERT INTO {schema}.ledger_idempotency (person, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            request.Person, request.Key, request.Fingerprint, answer.Status, answer.Body, time);

    private static bool IsKeyTaken(Exception e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: LedgerSchema.IdempotencyKeyConstraint } => true,
        _ when e.InnerException is not null => IsKeyTaken(e.InnerException),
        _ => false,
    };
}
