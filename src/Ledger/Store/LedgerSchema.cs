using Npgsql;

namespace Ledger.Store;

/// <summary>
/// The ledger's own tables beside Marten's event tables, in the same schema:
/// <list type="bullet">
/// <item><c>ledger_events</c>: each event's canonical bytes, hash and stream position, written once and never updated.</item>
/// <item><c>ledger_leaves</c>: each sealed event's leaf index, written by the sealer (a narrow row, not an update of the event's).</item>
/// <item><c>ledger_pending</c>: the outbox, written in the append transaction; the sealer takes rows and deletes them in the transaction that seals them, so a late or rolled-back append can never be skipped or sealed twice.</item>
/// <item><c>ledger_nodes</c>: the Merkle tree's perfect-subtree nodes, written once.</item>
/// <item><c>ledger_blocks</c>: the signed evidence blocks, in height order.</item>
/// <item><c>ledger_personal</c>: personal values and salts kept beside events; an erasure deletes rows here only.</item>
/// <item><c>ledger_idempotency</c>: the answer to each request made with an idempotency key, unique per (person, key), written in the
/// transaction of the events it answers for; rows are forgotten after the API's retention (not evidence: the events are).</item>
/// </list>
/// </summary>
internal static class LedgerSchema
{
    /// <summary>
    /// SQLSTATE raised by <c>ledger_expect_reads</c> when a stream a decision read has changed before the append
    /// commits. The function locks the target stream's row, share-locks every stream read on its own (so a bid
    /// holds the tender still while it commits) and counts the streams of each prefix read (so an opening that
    /// waited for the bids in flight sees any that committed meanwhile).
    /// </summary>
    public const string ReadChanged = "LR001";

    /// <summary>The unique constraint that makes a second request with a person's idempotency key fail rather than append.</summary>
    public const string IdempotencyKeyConstraint = "ledger_idempotency_key";

    public static async Task CreateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken ct)
    {
        var s = SqlName.Quote(schema);
        var sql = $"""
            CREATE SCHEMA IF NOT EXISTS {s};
            CREATE TABLE IF NOT EXISTS {s}.ledger_events (
                event_id uuid PRIMARY KEY,
                stream text NOT NULL,
                version bigint NOT NULL,
                type text NOT NULL,
                canonical bytea NOT NULL,
                hash bytea NOT NULL,
                promise text NOT NULL,
                UNIQUE (stream, version));
            CREATE TABLE IF NOT EXISTS {s}.ledger_leaves (
                leaf_index bigint PRIMARY KEY,
                event_id uuid NOT NULL UNIQUE);
            CREATE TABLE IF NOT EXISTS {s}.ledger_pending (
                seq bigserial PRIMARY KEY,
                event_id uuid NOT NULL UNIQUE,
                hash bytea NOT NULL,
                appended_at timestamptz NOT NULL DEFAULT clock_timestamp());
            CREATE TABLE IF NOT EXISTS {s}.ledger_nodes (
                level integer NOT NULL,
                idx bigint NOT NULL,
                hash bytea NOT NULL,
                PRIMARY KEY (level, idx));
            CREATE TABLE IF NOT EXISTS {s}.ledger_blocks (
                height bigint PRIMARY KEY,
                size bigint NOT NULL,
                root bytea NOT NULL,
                note text NOT NULL,
                hash bytea NOT NULL);
            -- The log's public reads: a leaf by its hash, a proof's block by tree size. Leaf hashes are indexed
            -- on the sealer's batched node writes rather than on ledger_events, which every append writes.
            CREATE INDEX IF NOT EXISTS ledger_leaf_hashes ON {s}.ledger_nodes (hash) WHERE level = 0;
            CREATE INDEX IF NOT EXISTS ledger_blocks_size ON {s}.ledger_blocks (size);
            CREATE TABLE IF NOT EXISTS {s}.ledger_personal (
                event_id uuid NOT NULL,
                path text NOT NULL,
                value bytea NOT NULL,
                salt bytea NOT NULL,
                PRIMARY KEY (event_id, path));
            CREATE TABLE IF NOT EXISTS {s}.ledger_idempotency (
                person text NOT NULL,
                key text NOT NULL,
                fingerprint bytea NOT NULL,
                status integer NOT NULL,
                body text NOT NULL,
                created_at timestamptz NOT NULL,
                CONSTRAINT {IdempotencyKeyConstraint} PRIMARY KEY (person, key));
            CREATE INDEX IF NOT EXISTS ledger_idempotency_created ON {s}.ledger_idempotency (created_at);
            CREATE OR REPLACE FUNCTION {s}.ledger_expect_reads(
                target text, ids text[], versions bigint[], locked boolean[], prefixes text[], counts integer[])
            RETURNS void LANGUAGE plpgsql AS $fn$
            DECLARE
                found bigint;
                n integer;
            BEGIN
                PERFORM 1 FROM {s}.mt_streams WHERE id = target FOR UPDATE;
                FOR i IN 1 .. coalesce(array_length(ids, 1), 0) LOOP
                    -- The target's own version is Marten's check (its append may already have run in this batch).
                    CONTINUE WHEN ids[i] = target;
                    found := NULL;
                    IF locked[i] THEN
                        SELECT version INTO found FROM {s}.mt_streams WHERE id = ids[i] FOR SHARE;
                    ELSE
                        SELECT version INTO found FROM {s}.mt_streams WHERE id = ids[i];
                    END IF;
                    IF coalesce(found, 0) <> versions[i] THEN
                        RAISE EXCEPTION USING ERRCODE = '{ReadChanged}',
                            MESSAGE = format('stream %s was at version %s when the command decided and is at %s now', ids[i], versions[i], coalesce(found, 0));
                    END IF;
                END LOOP;
                FOR i IN 1 .. coalesce(array_length(prefixes, 1), 0) LOOP
                    SELECT count(*) INTO n FROM {s}.mt_streams WHERE starts_with(id, prefixes[i]);
                    IF n <> counts[i] THEN
                        RAISE EXCEPTION USING ERRCODE = '{ReadChanged}',
                            MESSAGE = format('%s streams start with %s now; the command decided on %s', n, prefixes[i], counts[i]);
                    END IF;
                END LOOP;
            END
            $fn$;
            """;
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
