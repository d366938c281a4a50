using Ledger.Actions;
using Ledger.Store;
using Ledger.Store.Commands;
using Ledger.Tests.Support;
using Marten;

namespace Ledger.Tests.Store.Commands;

/// <summary>
/// The race of a bid against the opening, in general form: a command reads several streams and appends to one;
/// anything it read that changes before its append commits sends it back to read and decide again.
/// </summary>
public sealed class a_decision_is_never_recorded_on_reads_that_changed(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_change_to_another_stream_it_read_makes_it_decide_again()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this, "other"), "ledger");
        await store.AppendAsync("tender/T-1", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, Ct);
        var seen = new List<long>();

        var outcome = await new CommandRunner(store).RunAsync("SubmitBid", "bid/T-1/B-1", async reads =>
        {
            var tender = await reads.StreamAsync("tender/T-1");
            await reads.StreamAsync("bid/T-1/B-1");
            seen.Add(tender.Version);
            if (seen.Count == 1)
            {
                // The opening commits while the bid is being decided.
                await store.AppendAsync("tender/T-1", 1, new NoteRecorded("开标", 2m, null), TestLedger.Context, Ct);
            }
            return tender.Version == 1
                ? Decision.Accept(new NoteRecorded("投标", 3m, null))
                : Decision.Refuse("the bids were opened");
        }, TestLedger.Context, Ct);

        Assert.Equal([1L, 2L], seen);
        Assert.False(outcome.IsAccepted);
        Assert.Equal("the bids were opened", outcome.Refusal);
        await using var session = store.Marten.QuerySession();
        Assert.Null(await session.Events.FetchStreamStateAsync("bid/T-1/B-1", Ct));
    }

    [Fact]
    public async Task a_new_stream_under_a_prefix_it_read_makes_it_decide_again()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this, "prefix"), "ledger");
        await store.AppendAsync("tender/T-2", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, Ct);
        await store.AppendAsync("bid/T-2/B-1", 0, new NoteRecorded("投标 1", 1m, null), TestLedger.Context, Ct);
        var counted = new List<int>();

        var outcome = await new CommandRunner(store).RunAsync("OpenBids", "tender/T-2", async reads =>
        {
            await reads.StreamAsync("tender/T-2");
            var bids = await reads.StreamsStartingWithAsync("bid/T-2/");
            counted.Add(bids.Count);
            if (counted.Count == 1)
            {
                // A second bid commits after the opening counted the bids.
                await store.AppendAsync("bid/T-2/B-2", 0, new NoteRecorded("投标 2", 2m, null), TestLedger.Context, Ct);
            }
            return Decision.Accept(new NoteRecorded($"开标: {bids.Count} bids", 0m, null));
        }, TestLedger.Context, Ct);

        Assert.Equal([1, 2], counted);
        Assert.True(outcome.IsAccepted);
        Assert.Single(outcome.Promises);
        Assert.Equal(2, outcome.Promises[0].Promise.Version);
    }

    [Fact]
    public async Task an_unchanged_read_lets_it_through_at_once_stamped_with_its_decision_time()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this, "unchanged"), "ledger");
        await store.AppendAsync("tender/T-3", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, Ct);
        DateTimeOffset? decidedAt = null;
        var attempts = 0;

        var outcome = await new CommandRunner(store).RunAsync("SubmitBid", "bid/T-3/B-1", async reads =>
        {
            attempts++;
            await reads.StreamAsync("tender/T-3");
            await reads.StreamAsync("bid/T-3/B-1");
            decidedAt = reads.Now;
            return Decision.Accept(new NoteRecorded("投标", 3m, null));
        }, TestLedger.Context, Ct);

        Assert.Equal(1, attempts);
        Assert.True(outcome.IsAccepted);
        Assert.Equal(decidedAt, outcome.Promises[0].Promise.Time);
    }

    [Fact]
    public async Task a_read_after_the_decision_time_is_taken_is_a_programming_error()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this, "late-read"), "ledger");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new CommandRunner(store).RunAsync("Late", "tender/T-4", async reads =>
        {
            _ = reads.Now;
            await reads.StreamAsync("tender/T-4");
            return Decision.Accept(new NoteRecorded("不应记录", 0m, null));
        }, TestLedger.Context, Ct));

        Assert.Contains("read every stream first", error.Message);
    }
}
