using Ledger.Actions;
using Ledger.Addresses.Events;
using Ledger.Evidence.Packages;
using Ledger.Store;
using Ledger.Store.Packages;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Packages;

/// <summary>
/// A ledger of tenders, bids, properties, registrations and a case, one database per test; each scope packages
/// exactly its events, and each package verifies.
/// </summary>
public sealed class each_scope_packages_its_own_events(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Official = new("p-3", "孙登记员", "amr-620102", Role.Official);
    private static readonly EventContext OrgA = TestLedger.Context with { Actor = new Actor("p-9", "赵投标", "org-a", Role.Bidder) };

    private readonly Dictionary<string, Guid> ids = [];
    private readonly Dictionary<string, long> versions = [];
    private LedgerStore store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await TestLedger.OpenAsync(await postgres.DatabaseFor(this, TestContext.Current.Test!.UniqueID), "ledger");
        await Append("tender/T-1", "tender notice", new NoteRecorded("招标公告", 1m, null));
        await Append("bid/T-1/org-a", "bid by org-a", new NoteRecorded("投标", 2m, null), OrgA);
        await Append("tender/T-2", "names org-a", new NoteRecorded("org-a", 3m, null));
        await Append("tender/T-2", "mentions org-a in passing", new NoteRecorded("org-a 的投标", 4m, null));
        await Append("property/P-1", "address of P-1", new StandardAddressAssigned("P-1", "SA-620102-0001", "兰州市城关区庆阳路1号", Official, At));
        await Append("property/P-2", "address of P-2", new StandardAddressAssigned("P-2", "SA-620102-0002", "兰州市城关区庆阳路2号", Official, At));
        await Append("company-registration/R-1", "registration at P-1", Registration("R-1", "P-1", "SA-620102-0001"));
        await Append("company-registration/R-2", "registration at P-2", Registration("R-2", "P-2", "SA-620102-0002"));
        await Append("approval/C-1", "case C-1", new NoteRecorded("受理", 5m, "钱申请"));
        await new Sealer(store).SealNowAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    public static TheoryData<string, string[]> Scopes() => new()
    {
        { "tender T-1", ["tender notice", "bid by org-a"] },
        { "company org-a", ["bid by org-a", "names org-a"] },
        { "address SA-620102-0001", ["address of P-1", "registration at P-1"] },
        { "property P-2", ["address of P-2", "registration at P-2"] },
        { "approval C-1", ["case C-1"] },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task the_scope_holds_exactly_its_events(string scope, string[] expected)
    {
        var (kind, id) = (scope.Split(' ')[0], scope.Split(' ')[1]);
        var packageScope = kind switch
        {
            "tender" => PackageScope.Tender(id),
            "company" => PackageScope.Company(id),
            "address" => PackageScope.Address(id),
            "property" => PackageScope.Property(id),
            _ => PackageScope.Approval(id),
        };

        var package = await store.ExportPackageAsync(Export.Of(packageScope), Ct);

        var verified = PackageVerifier.Verify(package.Bytes, store.Keys.Keyring);
        Assert.True(verified.IsValid, verified.Failure);
        Assert.Equal(expected.Select(e => ids[e]).Order(), verified.Value!.Manifest.Events.Select(e => e.Id).Order());
        Assert.Equal(new ExportScope(kind, id), verified.Value.Manifest.Scope);
    }

    [Fact]
    public async Task a_warning_packages_the_events_it_names()
    {
        var named = new[] { ids["names org-a"], ids["case C-1"] };

        var package = await store.ExportPackageAsync(Export.Of(PackageScope.Warning("W-17", named)), Ct);

        var verified = PackageVerifier.Verify(package.Bytes, store.Keys.Keyring);
        Assert.True(verified.IsValid, verified.Failure);
        Assert.Equal(named.Order(), verified.Value!.Manifest.Events.Select(e => e.Id).Order());
        Assert.Equal(new ExportScope("warning", "W-17"), verified.Value.Manifest.Scope);
    }

    [Fact]
    public async Task unknown_events_and_empty_scopes_are_refused_by_name()
    {
        var stranger = Guid.NewGuid();

        var unknown = await Assert.ThrowsAsync<PackageRefusedException>(() => store.ExportPackageAsync(Export.Of(PackageScope.Events([ids["case C-1"], stranger])), Ct));
        Assert.Equal(PackageRefusal.UnknownEvents, unknown.Reason);
        Assert.Equal([stranger], unknown.Events);

        var empty = await Assert.ThrowsAsync<PackageRefusedException>(() => store.ExportPackageAsync(Export.Of(PackageScope.Tender("T-404")), Ct));
        Assert.Equal(PackageRefusal.NoEvents, empty.Reason);
        Assert.Equal("the ledger holds no event of tender T-404", empty.Message);
    }

    [Theory]
    [InlineData("", "李审判员")]
    [InlineData("（2026）甘0102刑初123号", " ")]
    [InlineData("案号\n第二行", "李审判员")]
    public async Task an_unusable_request_is_refused_before_anything_is_read(string caseReference, string person)
    {
        var request = Export.Of(PackageScope.Tender("T-1")) with { CaseReference = caseReference, ExportedFor = Export.Court with { Person = person } };

        await Assert.ThrowsAsync<ArgumentException>(() => store.ExportPackageAsync(request, Ct));
    }

    private async Task Append(string stream, string label, object @event, EventContext? context = null)
    {
        var version = versions.GetValueOrDefault(stream);
        var promise = await store.AppendAsync(stream, version, @event, context ?? TestLedger.Context, Ct);
        versions[stream] = version + 1;
        ids[label] = promise.Promise.EventId;
    }

    private static RegistrationApplied Registration(string application, string property, string address) =>
        new(application, "兰州某某商贸有限公司", null, "周法人", "620102199001011234", property, address, $"CERT-{property}", [], Official, At);
}
