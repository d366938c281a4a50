using System.Text;
using Ledger.Evidence.Packages;
using Ledger.Evidence.Receipts;
using Ledger.Privacy;
using Ledger.Store.Packages;
using Ledger.Store.Verification;
using Ledger.Tests.Store.Packages;
using Ledger.Tests.Support;

namespace Ledger.Tests.Privacy;

public sealed class every_proof_still_holds_after_an_erasure(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task earlier_receipts_and_packages_verify_the_store_is_clean_and_a_later_package_shows_the_erasure()
    {
        var connection = await postgres.DatabaseFor(this);
        var ledger = await ErasureLedger.CreateAsync(connection);
        await using var store = ledger.Store;
        var key = store.Options.SigningKeys[0].Verifier;
        var events = await ReceiptsAsync(store, "tender/T-1", "bid/T-1/org-a", "bid/T-1/org-b");
        var earlier = await store.ExportPackageAsync(Export.Of(PackageScope.Tender("T-1")), Ct);

        var outcome = await ledger.OrderAsync(SubjectKind.Person, "p-9");
        await ledger.SealAllAsync();

        Assert.All(events, r => Assert.True(ReceiptVerifier.Verify(r, key).IsValid));
        Assert.All(await ReceiptsAsync(store, "tender/T-1", "bid/T-1/org-a", "bid/T-1/org-b"), r => Assert.True(ReceiptVerifier.Verify(r, key).IsValid));
        var report = await StoreVerifier.VerifyAsync(connection, "ledger", [key], Ct);
        Assert.True(report.IsClean, string.Join("; ", report.Findings.Select(f => f.Message)));
        var earlierVerified = PackageVerifier.Verify(earlier.Bytes, store.Keys.Keyring);
        Assert.True(earlierVerified.IsValid, earlierVerified.Failure);
        Assert.Contains(Disclosures(earlier), d => d.Contains("赵投标", StringComparison.Ordinal));

        var later = await store.ExportPackageAsync(Export.Of(PackageScope.Tender("T-1")), Ct);
        var laterVerified = PackageVerifier.Verify(later.Bytes, store.Keys.Keyring);
        Assert.True(laterVerified.IsValid, laterVerified.Failure);
        var disclosures = Disclosures(later);
        Assert.DoesNotContain(disclosures, d => d.Contains("赵投标", StringComparison.Ordinal));
        Assert.Equal(2, disclosures.Count(d => d.Contains("\"erased\": [\n    \"/meta/actor/personName\"\n  ]", StringComparison.Ordinal)));
        Assert.Contains(disclosures, d => d.Contains("张三", StringComparison.Ordinal) && d.Contains("王操作员", StringComparison.Ordinal));
        Assert.Contains(disclosures, d => d.Contains("6217000012345678", StringComparison.Ordinal));

        var order = await store.GetReceiptAsync(outcome.Promise.Promise.EventId, Ct);
        Assert.True(order.IsSealed);
        Assert.True(ReceiptVerifier.Verify(order.Receipt!, key).IsValid);
        Assert.Contains("\"type\":\"PersonalDataErased\"", order.Event, StringComparison.Ordinal);
    }

    private static async Task<List<Receipt>> ReceiptsAsync(Ledger.Store.LedgerStore store, params string[] streams)
    {
        var receipts = new List<Receipt>();
        await using var session = store.Marten.QuerySession();
        foreach (var stream in streams)
        {
            foreach (var e in await session.Events.FetchStreamAsync(stream, token: Ct))
            {
                var lookup = await store.GetReceiptAsync(e.Id, Ct);
                Assert.True(lookup.IsSealed, $"{stream} {e.Version} is sealed");
                receipts.Add(lookup.Receipt!);
            }
        }
        return receipts;
    }

    private static List<string> Disclosures(EvidencePackage package) =>
        [.. Export.Files(package).Where(f => f.Name.StartsWith("disclosures/", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Content))];
}
