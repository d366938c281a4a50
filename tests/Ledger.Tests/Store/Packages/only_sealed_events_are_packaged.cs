using Ledger.Evidence.Packages;
using Ledger.Store;
using Ledger.Store.Packages;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Packages;

public sealed class only_sealed_events_are_packaged(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task an_unsealed_event_is_refused_by_id_until_the_next_seal()
    {
        await using var store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this), "ledger");
        await store.AppendAsync("approval/C-1", 0, new NoteRecorded("受理", 1m, null), TestLedger.Context, Ct);
        await new Sealer(store).SealNowAsync(Ct);
        var waiting = await store.AppendAsync("approval/C-1", 1, new NoteRecorded("决定", 2m, null), TestLedger.Context, Ct);

        var refused = await Assert.ThrowsAsync<PackageRefusedException>(() => store.ExportPackageAsync(Export.Of(PackageScope.Approval("C-1")), Ct));

        Assert.Equal(PackageRefusal.NotSealed, refused.Reason);
        Assert.Equal([waiting.Promise.EventId], refused.Events);
        Assert.StartsWith("1 of the 2 events of approval C-1 are not sealed into a block yet", refused.Message);

        await new Sealer(store).SealNowAsync(Ct);
        var package = await store.ExportPackageAsync(Export.Of(PackageScope.Approval("C-1")), Ct);
        Assert.True(PackageVerifier.Verify(package.Bytes, store.Keys.Keyring).IsValid);
    }
}
