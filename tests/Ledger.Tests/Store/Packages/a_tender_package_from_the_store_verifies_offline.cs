using System.Text;
using Ledger.Actions;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Packages;
using Ledger.Store;
using Ledger.Store.Packages;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Store.Packages;

public sealed class a_tender_package_from_the_store_verifies_offline(PostgresFixture postgres)
{
    private static readonly EventContext Bidder = TestLedger.Context with { Actor = new Actor("p-9", "赵投标", "org-a", Role.Bidder) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_package_holds_the_tender_and_its_bids_and_verifies_under_the_logs_keyring()
    {
        var connection = await postgres.DatabaseFor(this, "verifies");
        await using var store = await TenderAsync(connection);

        var package = await store.ExportPackageAsync(Export.Of(PackageScope.Tender("T-1")), Ct);

        var verified = PackageVerifier.Verify(package.Bytes, store.Keys.Keyring);
        Assert.True(verified.IsValid, verified.Failure);
        var manifest = verified.Value!.Manifest;
        Assert.Equal(["bid/T-1/org-a", "bid/T-1/org-a", "bid/T-1/org-b", "tender/T-1", "tender/T-1", "tender/T-1"], manifest.Events.Select(e => e.Stream).Order());
        Assert.Equal(manifest.Events.Select(e => e.Leaf).Order(), manifest.Events.Select(e => e.Leaf));
        Assert.True(manifest.Events.Select(e => e.Block).Distinct().Count() > 1, "the tender's events were sealed over several blocks");
        Assert.Equal(await NewestHeightAsync(connection), verified.Value.NewestBlock.Height);
        Assert.Equal(new ExportScope("tender", "T-1"), manifest.Scope);
        Assert.Equal(package.VerificationCode, verified.Value.VerificationCode);
        var disclosures = Encoding.UTF8.GetString(Export.Files(package).First(f => f.Name.StartsWith("disclosures/", StringComparison.Ordinal)).Content);
        Assert.Contains("张三", disclosures);
        Assert.Contains("王操作员", disclosures);
    }

    [Fact]
    public async Task changed_bytes_of_a_stored_package_fail_and_name_where()
    {
        var connection = await postgres.DatabaseFor(this, "flipped");
        await using var store = await TenderAsync(connection);
        var package = await store.ExportPackageAsync(Export.Of(PackageScope.Tender("T-1")), Ct);
        var trusted = Keyring.Trusting([store.Options.SigningKeys[0].Verifier]);
        var bytes = package.Bytes;

        // Every byte of the zip's structure, the manifest, the signature and the first event; every 7th byte of the rest.
        var dense = DenseRanges(Export.Files(package));
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i % 7 != 0 && !dense.Any(r => r.Contains(i)))
            {
                continue;
            }
            bytes[i] ^= 0x20;
            var verified = PackageVerifier.Verify(bytes, trusted);
            Assert.False(verified.IsValid, $"byte {i} changed and the package still verified");
            Assert.Matches("^(zip|manifest.json|package.sig|keys.json|blocks/|consistency/|events/|disclosures/|proofs/)", verified.Failure!);
            bytes[i] ^= 0x20;
        }
    }

    [Fact]
    public async Task an_erased_personal_value_is_marked_and_the_package_still_verifies()
    {
        var connection = await postgres.DatabaseFor(this, "erased");
        await using var store = await TenderAsync(connection);
        await using (var sql = new NpgsqlConnection(connection))
        {
            await sql.OpenAsync(Ct);
            await using var erase = new NpgsqlCommand("DELETE FROM ledger.ledger_personal WHERE path = '/data/person'", sql);
            Assert.True(await erase.ExecuteNonQueryAsync(Ct) > 0);
        }

        var package = await store.ExportPackageAsync(Export.Of(PackageScope.Tender("T-1")), Ct);

        Assert.True(PackageVerifier.Verify(package.Bytes, store.Keys.Keyring).IsValid);
        var disclosures = Export.Files(package).Where(f => f.Name.StartsWith("disclosures/", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Content)).ToList();
        Assert.DoesNotContain(disclosures, d => d.Contains("张三", StringComparison.Ordinal));
        Assert.Contains(disclosures, d => d.Contains("\"erased\": [\n    \"/data/person\"", StringComparison.Ordinal));
    }

    /// <summary>Tender T-1 with two bids, another tender between them, sealed four at a time, and a later block past them all.</summary>
    private static async Task<LedgerStore> TenderAsync(string connection)
    {
        var store = await TestLedger.OpenAsync(connection, "ledger", sealEvery: 4);
        var sealer = new Sealer(store);
        await store.AppendAsync("tender/T-1", 0, [new NoteRecorded("招标公告", 48_650_000m, "张三"), new NoteRecorded("发售文件", 1m, null)], TestLedger.Context, Ct);
        await store.AppendAsync("tender/T-2", 0, new NoteRecorded("另一项目", 1m, null), TestLedger.Context, Ct);
        await store.AppendAsync("bid/T-1/org-a", 0, [new NoteRecorded("投标", 47_000_000m, "赵投标"), new NoteRecorded("保证金", 800_000m, null)], Bidder, Ct);
        await store.AppendAsync("bid/T-1/org-b", 0, new NoteRecorded("投标", 47_500_000m, null), TestLedger.Context, Ct);
        await store.AppendAsync("bid/T-10/org-a", 0, new NoteRecorded("另一招标的投标", 1m, null), Bidder, Ct);
        while (await sealer.SealNowAsync(Ct) > 0)
        {
        }
        await store.AppendAsync("tender/T-1", 2, new NoteRecorded("开标", 1m, null), TestLedger.Context, Ct);
        await sealer.SealNowAsync(Ct);
        await store.AppendAsync("tender/T-2", 1, new NoteRecorded("后续", 1m, null), TestLedger.Context, Ct);
        await sealer.SealNowAsync(Ct);
        return store;
    }

    private static List<Range> DenseRanges(IReadOnlyList<ZipEntry> entries)
    {
        var ranges = new List<Range>();
        var at = 0;
        foreach (var entry in entries)
        {
            var start = at;
            at += Ledger.Evidence.Packages.CanonicalZip.LocalHeaderSize + entry.Name.Length + entry.Content.Length;
            var whole = entry.Name is "manifest.json" or "package.sig" || entry.Name == entries.First(e => e.Name.StartsWith("events/", StringComparison.Ordinal)).Name;
            ranges.Add(new Range(start, whole ? at : start + Ledger.Evidence.Packages.CanonicalZip.LocalHeaderSize + entry.Name.Length));
        }
        ranges.Add(new Range(at, int.MaxValue));
        return ranges;
    }

    private static async Task<long> NewestHeightAsync(string connection)
    {
        await using var sql = new NpgsqlConnection(connection);
        await sql.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT max(height) FROM ledger.ledger_blocks", sql);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private readonly record struct Range(int Start, int End)
    {
        public bool Contains(int i) => i >= Start && i < End;
    }
}
