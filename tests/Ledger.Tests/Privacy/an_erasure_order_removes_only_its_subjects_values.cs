using Ledger.Privacy;
using Ledger.Tests.Store;
using Ledger.Tests.Support;

namespace Ledger.Tests.Privacy;

public sealed class an_erasure_order_removes_only_its_subjects_values(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_person_loses_the_names_beside_their_person_id_and_no_one_else_loses_anything()
    {
        var ledger = await ErasureLedger.CreateAsync(await postgres.DatabaseFor(this, "person"));
        await using var store = ledger.Store;
        var before = await ledger.HeldAsync();

        var outcome = await ledger.OrderAsync(SubjectKind.Person, "p-9");

        Assert.Equal(2, outcome.Erased);
        var gone = before.Except(await ledger.HeldAsync()).ToList();
        Assert.Equal(["bid/T-1/org-a 1 /meta/actor/personName \"赵投标\"", "bid/T-1/org-a 2 /meta/actor/personName \"赵投标\""], gone);
        Assert.Contains("tender/T-1 1 /data/person \"张三\"", await ledger.HeldAsync());
        Assert.Contains("bid/T-1/org-a 2 /data/sourceAccount \"6217000012345678\"", await ledger.HeldAsync());
        var recorded = (PersonalDataErased)Assert.Single((await store.ReadStreamAsync("privacy/person/p-9", Ct)).Events);
        Assert.Equal(["/meta/actor/personName", "/meta/actor/personName"], recorded.Erased.Select(e => e.Path));
        Assert.Equal("（2026）甘0102民初123号", recorded.OrderReference);
    }

    [Fact]
    public async Task an_organisation_loses_the_values_beside_its_ids_and_the_kind_is_part_of_the_match()
    {
        var ledger = await ErasureLedger.CreateAsync(await postgres.DatabaseFor(this, "organisation"));
        await using var store = ledger.Store;

        Assert.Equal(0, (await ledger.OrderAsync(SubjectKind.Person, "org-a")).Erased);
        var before = await ledger.HeldAsync();
        var outcome = await ledger.OrderAsync(SubjectKind.Organisation, "org-a");

        Assert.Equal(1, outcome.Erased);
        Assert.Equal(["bid/T-1/org-a 2 /data/sourceAccount \"6217000012345678\""], before.Except(await ledger.HeldAsync()));
    }

    [Fact]
    public async Task an_order_for_a_subject_of_whom_nothing_is_held_is_recorded_with_nothing_erased()
    {
        var ledger = await ErasureLedger.CreateAsync(await postgres.DatabaseFor(this, "nothing"));
        await using var store = ledger.Store;
        await ledger.OrderAsync(SubjectKind.Person, "p-9");
        var before = await ledger.HeldAsync();

        var again = await ledger.OrderAsync(SubjectKind.Person, "p-9");

        Assert.Equal(0, again.Erased);
        Assert.Equal(2, again.Promise.Promise.Version);
        Assert.Empty(((PersonalDataErased)(await store.ReadStreamAsync("privacy/person/p-9", Ct)).Events[1]).Erased);
        // Only the order's own issuer's name is added beside the new event.
        Assert.Equal(["privacy/person/p-9 2 /meta/actor/personName \"李审判员\""], (await ledger.HeldAsync()).Except(before));
        Assert.Empty(before.Except(await ledger.HeldAsync()));
    }

    [Fact]
    public async Task a_refused_order_writes_nothing()
    {
        var ledger = await ErasureLedger.CreateAsync(await postgres.DatabaseFor(this, "refused"));
        await using var store = ledger.Store;
        var before = await ledger.HeldAsync();
        var subject = new ErasureSubject(SubjectKind.Person, "p-9");

        var operatorOrder = await Assert.ThrowsAsync<ArgumentException>(() => ErasureOrders.CarryOutAsync(
            store, new ErasureOrder("内部通知", "运营需要", subject), TestLedger.Context, Ct));
        var blankBasis = await Assert.ThrowsAsync<ArgumentException>(() => ErasureOrders.CarryOutAsync(
            store, new ErasureOrder("（2026）甘0102民初123号", " ", subject), ErasureLedger.Court, Ct));
        var slashed = await Assert.ThrowsAsync<ArgumentException>(() => ErasureOrders.CarryOutAsync(
            store, new ErasureOrder("（2026）甘0102民初123号", "第四十七条", subject with { Id = "p/9" }), ErasureLedger.Court, Ct));

        Assert.StartsWith("an erasure order is issued by a Supervisor or Court; op-001", operatorOrder.Message, StringComparison.Ordinal);
        Assert.StartsWith("the order must state its legal basis", blankBasis.Message, StringComparison.Ordinal);
        Assert.Contains("without '/'", slashed.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ledger.HeldAsync());
        Assert.Equal(0, (await store.ReadStreamAsync("privacy/person/p-9", Ct)).Version);
    }
}
