using System.Text.Json;
using Ledger.Access;
using Ledger.Actions;
using Ledger.Evidence.Receipts;
using Ledger.Store;
using Ledger.Tests.Store;
using Ledger.Tests.Support;
using Marten;

namespace Ledger.Tests.Access;

public sealed class a_read_is_recorded_in_the_readers_trail_and_sealed(PostgresFixture postgres)
{
    private static readonly EventContext Inspector = new(
        new Actor("P-JW07", "李监察", "LZ-JWJW", Role.DisciplineInspector), "corr-read", null, new ClientInfo("10.1.2.3", "tests"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task with_its_subject_purpose_and_outcome_chained_in_the_trail_and_proved_by_a_receipt()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this), "ledger");

        var granted = await AccessLog.RecordAsync(store, Inspector, ReadSubject.TenderTrail("T-41"), "（2026）甘纪第17号案", AccessOutcome.Granted, null, Ct);
        var denied = await AccessLog.RecordAsync(store, Inspector, ReadSubject.SealedBid("T-41", "B-2"), "（2026）甘纪第17号案", AccessOutcome.Denied,
            "sealed bids stay sealed until the opening", Ct);

        Assert.Equal(("trail/P-JW07", 1L), (granted.Promise.Stream, granted.Promise.Version));
        Assert.Equal(("trail/P-JW07", 2L), (denied.Promise.Stream, denied.Promise.Version));
        await using (var session = store.Marten.QuerySession())
        {
            var events = await session.Events.FetchStreamAsync("trail/P-JW07", token: Ct);
            Assert.Equal([granted.Promise.EventId, denied.Promise.EventId], events.Select(e => e.Id));
            Assert.Equal(new DataRead(ReadSubject.SealedBid("T-41", "B-2"), "（2026）甘纪第17号案", AccessOutcome.Denied, "sealed bids stay sealed until the opening"), events[1].Data);
        }

        Assert.Equal(2, await new Sealer(store).SealNowAsync(Ct));
        var receipt = (await store.GetReceiptAsync(denied.Promise.EventId, Ct)).Receipt!;
        var verified = ReceiptVerifier.Verify(receipt.ToJson(), store.Options.SigningKeys[0].Verifier);
        Assert.True(verified.IsValid, verified.Failure);
        using var canonical = JsonDocument.Parse(receipt.Event!);
        var data = canonical.RootElement.GetProperty("data");
        Assert.Equal("DataRead", canonical.RootElement.GetProperty("type").GetString());
        Assert.Equal(Convert.ToHexStringLower(granted.Promise.EventHash), canonical.RootElement.GetProperty("prev").GetString());
        Assert.Equal(("SealedBid", "T-41", "B-2", "Denied"),
            (data.GetProperty("subject").GetProperty("kind").GetString(), data.GetProperty("subject").GetProperty("tenderId").GetString(),
             data.GetProperty("subject").GetProperty("bidderId").GetString(), data.GetProperty("outcome").GetString()));
        Assert.Equal("DisciplineInspector", canonical.RootElement.GetProperty("meta").GetProperty("actor").GetProperty("role").GetString());
        Assert.DoesNotContain("李监察", receipt.Event);
    }

    [Fact]
    public async Task when_one_person_reads_many_things_at_once_every_read_gets_its_own_place()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this, "concurrent"), "ledger");

        var promises = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() =>
            AccessLog.RecordAsync(store, Inspector, ReadSubject.ApprovalCase($"SP-{i}"), "专项检查", AccessOutcome.Granted, null, Ct), Ct)));

        Assert.Equal([1L, 2, 3, 4, 5, 6], promises.Select(p => p.Promise.Version).Order());
        await using var session = store.Marten.QuerySession();
        var reads = (await session.Events.FetchStreamAsync("trail/P-JW07", token: Ct)).Select(e => ((DataRead)e.Data).Subject.Id);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"SP-{i}").Order(), reads.Order());
    }
}
