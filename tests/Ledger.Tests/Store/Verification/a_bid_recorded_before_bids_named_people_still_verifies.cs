using Ledger.Bidding.Events;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Packages;
using Ledger.Evidence.Receipts;
using Ledger.Store;
using Ledger.Store.Packages;
using Ledger.Store.Verification;
using Ledger.Tests.Bidding;
using Ledger.Tests.Store.Packages;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Verification;

/// <summary>
/// The store never re-serialises an event to check it: verify-store hashes the canonical bytes it holds and compares
/// Marten's copy with them, receipts and packages carry those bytes. So a BidSubmitted recorded without the project
/// manager and contact members, before they existed, keeps verifying after they were added, and reads back with them null.
/// </summary>
public sealed class a_bid_recorded_before_bids_named_people_still_verifies(PostgresFixture postgres)
{
    private const string Stream = "bid/T-OLD/B-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task by_verify_store_its_receipt_and_its_package()
    {
        var connection = await postgres.DatabaseFor(this);
        var key = SignerKey.Generate(TestLedger.Origin, CryptoSuite.Intl.Signature);
        Guid before;
        await using (var old = await LedgerStore.OpenAsync(Options(connection, key), Ct))
        {
            var earlier = new Earlier.BidSubmitted("T-OLD", "B-1", TenderScenario.Sha256("file"), 1024, "c2ln", "CA-1", TenderScenario.Features, TenderScenario.Sha256("commitment"));
            before = (await old.AppendAsync(Stream, 0, earlier, TestLedger.Context, Ct)).Promise.EventId;
            await new Sealer(old).SealNowAsync(Ct);
        }

        await using var store = await LedgerStore.OpenAsync(Options(connection, key) with { ConfigureMarten = m => m.Events.AddEventType<BidSubmitted>() }, Ct);
        var amended = new BidAmended("T-OLD", "B-1", TenderScenario.Sha256("file 2"), 2048, "c2ln", "CA-1", TenderScenario.Features, TenderScenario.Sha256("commitment 2"),
            "张建国", ManagerCredential.ConstructorCertificate, "甘162101234567", "李联系", "13809311234");
        var after = (await store.AppendAsync(Stream, 1, amended, TestLedger.Context, Ct)).Promise.EventId;
        await new Sealer(store).SealNowAsync(Ct);

        var report = await StoreVerifier.VerifyAsync(connection, "ledger", [key.Verifier], Ct);
        Assert.True(report.IsClean, string.Join("; ", report.Findings.Select(f => f.ToString())));
        Assert.Equal(2, report.Events);

        var stored = await store.ReadStreamAsync(Stream, Ct);
        var submitted = Assert.IsType<BidSubmitted>(stored.Events[0]);
        Assert.Equal(("T-OLD", "B-1", (string?)null, (ManagerCredential?)null, (string?)null), (submitted.TenderId, submitted.BidderId, submitted.ProjectManagerNumber, submitted.ProjectManagerCredential, submitted.ContactPhone));
        var receiptOfBefore = (await store.GetReceiptAsync(before, Ct)).Receipt!.ToJson();
        Assert.Contains("priceCommitment", receiptOfBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("projectManager", receiptOfBefore, StringComparison.Ordinal);
        foreach (var id in new[] { before, after })
        {
            var receipt = ReceiptVerifier.Verify((await store.GetReceiptAsync(id, Ct)).Receipt!.ToJson(), key.Verifier);
            Assert.True(receipt.IsValid, receipt.Failure);
        }

        var package = await store.ExportPackageAsync(Export.Of(PackageScope.Tender("T-OLD")), Ct);
        var verified = PackageVerifier.Verify(package.Bytes, store.Keys.Keyring);
        Assert.True(verified.IsValid, verified.Failure);
        Assert.Equal(2, verified.Value!.Manifest.Events.Count);
    }

    private static LedgerStoreOptions Options(string connection, SignerKey key) => new()
    {
        ConnectionString = connection,
        Schema = "ledger",
        Origin = TestLedger.Origin,
        Suite = CryptoSuite.Intl,
        SigningKeys = [key],
        SealInterval = TimeSpan.FromMilliseconds(50),
    };
}
