using Ledger.Store.Verification;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Verification;

public sealed class tampered_blocks_and_tree_are_pinpointed(PostgresFixture postgres)
{
    [Fact]
    public async Task a_forged_signature_is_reported_at_its_block()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "signature"));

        // The fifth character from the end is inside the signature's base64, clear of its padding.
        await ledger.ExecuteAsync("""
            UPDATE ledger.ledger_blocks
            SET note = overlay(note PLACING CASE WHEN substr(note, length(note) - 4, 1) = 'A' THEN 'B' ELSE 'A' END FROM length(note) - 4 FOR 1)
            WHERE height = 3
            """);

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal((FindingKind.BlockAltered, (long?)3), (finding.Kind, finding.Location.Height));
        Assert.Contains("signature does not verify", finding.Message);
    }

    [Fact]
    public async Task an_edited_note_is_reported_at_its_block_only()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "note"));

        await ledger.ExecuteAsync("UPDATE ledger.ledger_blocks SET note = replace(note, E'\\n17\\n', E'\\n16\\n') WHERE height = 2");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal((FindingKind.BlockAltered, (long?)2), (finding.Kind, finding.Location.Height));
    }

    [Fact]
    public async Task a_changed_root_column_is_reported_at_its_block()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "root"));

        await ledger.ExecuteAsync("UPDATE ledger.ledger_blocks SET root = sha256('forged'::bytea) WHERE height = 5");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal((FindingKind.BlockAltered, (long?)5), (finding.Kind, finding.Location.Height));
        Assert.Contains("stored root", finding.Message);
    }

    [Fact]
    public async Task a_block_deleted_from_the_middle_is_reported_missing()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "deleted_block"));

        await ledger.ExecuteAsync("DELETE FROM ledger.ledger_blocks WHERE height = 4");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal((FindingKind.BlockAltered, (long?)4), (finding.Kind, finding.Location.Height));
        Assert.Equal("block 4 is missing: block 5 comes after block 3", finding.Message);
    }

    [Fact]
    public async Task the_newest_block_deleted_is_reported_once_by_the_leaves_it_sealed()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "newest_block"));

        await ledger.ExecuteAsync("DELETE FROM ledger.ledger_blocks WHERE height = 7");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal((FindingKind.BlockAltered, (long?)7, (long?)35), (finding.Kind, finding.Location.Height, finding.Location.Leaf));
        Assert.Equal("leaf 35 is sealed and in the stored tree, but no block covers it: the newest block(s) after block 6 were deleted", finding.Message);
    }

    [Fact]
    public async Task a_stored_leaf_node_changed_alone_is_the_trees_fault_not_the_events()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "leaf_node"));
        var witness = await ledger.EventAtAsync(7);

        await ledger.ExecuteAsync("UPDATE ledger.ledger_nodes SET hash = sha256('forged'::bytea) WHERE level = 0 AND idx = 7");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal((FindingKind.TreeAltered, (long?)7, witness.Id), (finding.Kind, finding.Location.Leaf, finding.Location.EventId!.Value));
    }

    [Fact]
    public async Task a_stored_inner_node_changed_is_reported_as_that_node()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "inner_node"));

        await ledger.ExecuteAsync("UPDATE ledger.ledger_nodes SET hash = sha256('forged'::bytea) WHERE level = 2 AND idx = 3");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal(FindingKind.TreeAltered, finding.Kind);
        Assert.Equal(new Ledger.Evidence.Merkle.NodeId(2, 3), finding.Location.Node);
    }
}
