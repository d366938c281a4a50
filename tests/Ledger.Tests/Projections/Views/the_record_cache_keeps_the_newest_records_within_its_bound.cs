using Ledger.Actions;
using Ledger.Projections.Views;

namespace Ledger.Tests.Projections.Views;

public sealed class the_record_cache_keeps_the_newest_records_within_its_bound
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static (Guid, LedgerRecord) Record(int n) =>
        (new Guid(n, 0, 0, new byte[8]), new LedgerRecord(At.AddSeconds(n), new ActorRef($"p-{n}", "org-1", Role.Bidder)));

    [Fact]
    public void a_record_added_is_found_with_its_time_and_actor()
    {
        var cache = new RecordCache(10);
        cache.Add([Record(1)]);

        Assert.True(cache.TryGet(Record(1).Item1, out var found));
        Assert.Equal(Record(1).Item2, found);
        Assert.False(cache.TryGet(Record(2).Item1, out _));
    }

    [Fact]
    public void past_two_generations_the_oldest_records_are_forgotten()
    {
        var cache = new RecordCache(2);
        cache.Add([.. Enumerable.Range(1, 5).Select(Record)]);

        Assert.All([1, 2], n => Assert.False(cache.TryGet(Record(n).Item1, out _), $"record {n} kept"));
        Assert.All([3, 4, 5], n => Assert.True(cache.TryGet(Record(n).Item1, out _), $"record {n} lost"));
    }
}
