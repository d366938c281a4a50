using Ledger.Store.Verification;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Verification;

/// <summary>Each test tampers with one sealed ledger in its own database, directly in SQL, the way an insider with database access would.</summary>
public sealed class tampered_events_are_pinpointed(PostgresFixture postgres)
{
    [Fact]
    public async Task an_update_of_martens_event_data_is_reported_with_its_sequence_number_and_stream()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "mt_data"));
        var victim = await ledger.EventAtAsync(10);

        await ledger.ExecuteAsync($$"""UPDATE ledger.mt_events SET data = jsonb_set(data, '{amount}', '"9999"') WHERE id = '{{victim.Id}}'""");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal(FindingKind.EventModified, finding.Kind);
        Assert.Equal((victim.SeqId, victim.Id, victim.Stream, victim.Version, (long?)victim.Leaf),
            (finding.Location.SeqId!.Value, finding.Location.EventId!.Value, finding.Location.Stream, finding.Location.Version!.Value, finding.Location.Leaf));
        Assert.Contains("\"9999\"", finding.Message);
    }

    [Fact]
    public async Task an_update_of_the_canonical_bytes_is_reported_at_its_leaf_and_nothing_else_is_blamed()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "canonical"));
        var victim = await ledger.EventAtAsync(20);

        await ledger.ExecuteAsync($"""
            UPDATE ledger.ledger_events SET canonical = convert_to(replace(convert_from(canonical, 'UTF8'), '"amount":"', '"amount":"9'), 'UTF8')
            WHERE event_id = '{victim.Id}'
            """);

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal(FindingKind.EventModified, finding.Kind);
        Assert.Equal((victim.Id, (long?)20), (finding.Location.EventId!.Value, finding.Location.Leaf));
        Assert.Contains("not to its recorded hash", finding.Message);
    }

    [Fact]
    public async Task an_event_rewritten_with_its_recorded_hash_is_caught_by_the_stored_leaf_the_blocks_signed()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "rehashed"));
        var victim = await ledger.EventAtAsync(20);

        await ledger.ExecuteAsync($"""
            UPDATE ledger.ledger_events SET canonical = convert_to(replace(convert_from(canonical, 'UTF8'), '"amount":"', '"amount":"9'), 'UTF8')
            WHERE event_id = '{victim.Id}';
            UPDATE ledger.ledger_events SET hash = sha256('\x00'::bytea || canonical) WHERE event_id = '{victim.Id}';
            """);

        // Three independent witnesses: Marten's copy, the stored leaf under the signed blocks, the next event's prev.
        var findings = (await ledger.VerifyAsync()).Findings;
        Assert.Equal(3, findings.Count);
        Assert.Contains(findings, f => f.Kind == FindingKind.EventModified && f.Location.EventId == victim.Id && f.Message.StartsWith("Marten's data differs", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == FindingKind.EventModified && f.Location.Leaf == 20 && f.Message.EndsWith("changed after sealing, its recorded hash with it", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == FindingKind.OrderChanged && f.Location.Stream == victim.Stream && f.Location.Version == victim.Version + 1);
    }

    [Fact]
    public async Task a_deleted_event_leaves_a_gap_in_the_log_and_in_its_stream()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "deleted"));
        var victim = await ledger.EventAtAsync(13);
        var next = await ledger.EventAtAsync(14);

        await ledger.ExecuteAsync($"""
            DELETE FROM ledger.mt_events WHERE id = '{victim.Id}';
            DELETE FROM ledger.ledger_personal WHERE event_id = '{victim.Id}';
            DELETE FROM ledger.ledger_events WHERE event_id = '{victim.Id}';
            """);

        var findings = (await ledger.VerifyAsync()).Findings;
        Assert.All(findings, f => Assert.Equal(FindingKind.EventDeleted, f.Kind));
        Assert.Equal(2, findings.Count);
        Assert.Equal((long?)13, findings[0].Location.Leaf);
        Assert.Contains("leaf 13 has no event", findings[0].Message);
        Assert.Equal((next.Id, victim.Stream), (findings[1].Location.EventId!.Value, findings[1].Location.Stream));
        Assert.Contains($"version {victim.Version} of {victim.Stream} is missing", findings[1].Message);
    }

    [Fact]
    public async Task an_event_inserted_into_marten_is_reported_with_its_sequence_number()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "inserted"));
        var model = await ledger.EventAtAsync(35);

        await ledger.ExecuteAsync($"""
            INSERT INTO ledger.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
            SELECT (SELECT max(seq_id) + 1 FROM ledger.mt_events), gen_random_uuid(), stream_id, version + 1, data, type, now(), tenant_id, mt_dotnet_type
            FROM ledger.mt_events WHERE id = '{model.Id}'
            """);

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal(FindingKind.EventInserted, finding.Kind);
        Assert.Equal((model.SeqId + 1, model.Stream, model.Version + 1), (finding.Location.SeqId!.Value, finding.Location.Stream, finding.Location.Version!.Value));
    }

    [Fact]
    public async Task swapped_leaf_indexes_are_reported_as_a_changed_order_at_both_leaves()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "swapped"));
        var (first, second) = (await ledger.EventAtAsync(4), await ledger.EventAtAsync(25));
        Assert.NotEqual(first.Stream, second.Stream);

        await ledger.ExecuteAsync($"""
            UPDATE ledger.ledger_leaves SET leaf_index = -1 WHERE leaf_index = 4;
            UPDATE ledger.ledger_leaves SET leaf_index = 4 WHERE leaf_index = 25;
            UPDATE ledger.ledger_leaves SET leaf_index = 25 WHERE leaf_index = -1;
            """);

        var findings = (await ledger.VerifyAsync()).Findings;
        Assert.All(findings, f => Assert.Equal(FindingKind.OrderChanged, f.Kind));
        var atFour = Assert.Single(findings, f => f.Location.Leaf == 4 && f.Message.Contains("is the hash of the event now at leaf 25", StringComparison.Ordinal));
        var atTwentyFive = Assert.Single(findings, f => f.Location.Leaf == 25 && f.Message.Contains("is the hash of the event now at leaf 4", StringComparison.Ordinal));
        Assert.Equal((second.Id, first.Id), (atFour.Location.EventId!.Value, atTwentyFive.Location.EventId!.Value));
        // Each moved event also now stands in the log on the wrong side of its stream neighbour.
        Assert.Equal(4, findings.Count);
    }

    [Fact]
    public async Task swapped_leaves_within_a_stream_also_break_its_order()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "swapped_in_stream"));
        var (first, second) = (await ledger.EventAtAsync(9), await ledger.EventAtAsync(10));
        Assert.Equal(first.Stream, second.Stream);

        await ledger.ExecuteAsync("""
            UPDATE ledger.ledger_leaves SET leaf_index = -1 WHERE leaf_index = 9;
            UPDATE ledger.ledger_leaves SET leaf_index = 9 WHERE leaf_index = 10;
            UPDATE ledger.ledger_leaves SET leaf_index = 10 WHERE leaf_index = -1;
            """);

        var findings = (await ledger.VerifyAsync()).Findings;
        Assert.All(findings, f => Assert.Equal(FindingKind.OrderChanged, f.Kind));
        Assert.Contains(findings, f => f.Location.EventId == second.Id && f.Message.Contains($"before version {first.Version} at leaf 10", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Location.Leaf == 9 && f.Message.Contains("now at leaf 10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_waiting_event_taken_out_of_the_outbox_is_reported_as_never_to_be_sealed()
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, "outbox"), waiting: 2);
        var seq = await ledger.ScalarAsync<long>("SELECT min(seq) FROM ledger.ledger_pending");
        var victim = await ledger.ScalarAsync<Guid>($"SELECT event_id FROM ledger.ledger_pending WHERE seq = {seq}");

        await ledger.ExecuteAsync($"DELETE FROM ledger.ledger_pending WHERE seq = {seq}");

        var finding = Assert.Single((await ledger.VerifyAsync()).Findings);
        Assert.Equal((FindingKind.EventInserted, victim, (long?)null), (finding.Kind, finding.Location.EventId!.Value, finding.Location.Leaf));
        Assert.Contains("neither sealed", finding.Message);
    }
}
