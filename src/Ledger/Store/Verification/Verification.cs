using System.Diagnostics;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Npgsql;

namespace Ledger.Store.Verification;

/// <summary>
/// One run of <see cref="StoreVerifier"/>: the state its passes share. Each pass reads one table, or one
/// merge join, front to back in index order: blocks (the signed anchor); events by stream and version
/// beside their Marten rows, which checks each event and each chain and collects the leaves; the stored
/// tree, which fills and compares the leaves, rebuilds the tree and checks it against the blocks; then
/// what only Marten's tables and the outbox show.
/// </summary>
internal sealed partial class Verification(NpgsqlConnection connection, string schema, IReadOnlyList<VerifierKey> keys)
{
    private readonly FindingList findings = new();
    private readonly List<TrustedBlock> trusted = [];

    /// <summary>Leaves whose rebuilt hash is in doubt (changed event, stored leaf differs, leaf unknown): they explain mismatches above them.</summary>
    private readonly SortedSet<long> suspects = [];

    private MerkleHasher hasher = MerkleHasher.Intl;
    private LeafTree tree = new(MerkleHasher.Intl);
    private long blockCount;
    private long newestHeight = -1;
    private long newestSize;
    private long events;
    private long waiting;

    public async Task<StoreReport> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await PlanForStreamingAsync(ct);
        await VerifyBlocksAsync(ct);
        tree = new LeafTree(hasher);
        tree.Grow(newestSize);
        await VerifyEventsAsync(ct);
        await VerifyTreeAsync(ct);
        await VerifyMartenAsync(ct);
        return new StoreReport
        {
            Events = events,
            Streams = heads.Count,
            Blocks = blockCount,
            Leaves = newestSize,
            Pending = waiting,
            Elapsed = clock.Elapsed,
            Findings = findings.Ordered(),
            FindingsOmitted = findings.Omitted,
        };
    }

    /// <summary>
    /// Every pass reads in index order; left to itself the planner may hash and sort a million rows, with
    /// their payloads, before the first one arrives. For this read-only transaction only.
    /// </summary>
    private async Task PlanForStreamingAsync(CancellationToken ct)
    {
        await using var command = Command("SET LOCAL enable_hashjoin = off; SET LOCAL enable_nestloop = off; SET LOCAL enable_sort = off");
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The suite when no block states one: a gm log is the one given an SM2 key.</summary>
    private CryptoSuite SuiteOfKeys() => keys.Any(k => k.Type == NoteKeyType.Sm2) ? CryptoSuite.Gm : CryptoSuite.Intl;

    private bool AnySuspect(long fromLeaf, long toLeafExclusive) =>
        fromLeaf < toLeafExclusive && suspects.GetViewBetween(fromLeaf, toLeafExclusive - 1).Count > 0;

    private static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    private NpgsqlCommand Command(string sql) => new(sql, connection);

    /// <summary>A block whose signature verified: its size and root are the log's word, what the leaves must give.</summary>
    private sealed record TrustedBlock(long Height, long Size, byte[] Root)
    {
        public bool? RootMatches { get; set; }
    }
}
