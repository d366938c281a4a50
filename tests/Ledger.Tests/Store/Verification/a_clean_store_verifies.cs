using Ledger.Evidence.Crypto;
using Ledger.Tests.Support;

namespace Ledger.Tests.Store.Verification;

public sealed class a_clean_store_verifies(PostgresFixture postgres)
{
    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public async Task with_every_event_chain_node_and_block_checked(string suite)
    {
        var ledger = await SealedLedger.CreateAsync(await postgres.DatabaseFor(this, suite), CryptoSuite.Find(suite), waiting: 2);

        var report = await ledger.VerifyAsync();

        Assert.Empty(report.Findings);
        Assert.True(report.IsClean);
        Assert.Equal(38, report.Events);
        Assert.Equal(2, report.Pending);
        Assert.Equal(3, report.Streams);
        Assert.Equal(36, report.Leaves);
        Assert.Equal(8, report.Blocks);
    }
}

/// <summary>Regression: an event larger than the verifier's read buffer (an opening with many bids) was read past the old buffer's end.</summary>
public sealed class an_event_larger_than_the_read_buffer_verifies(PostgresFixture postgres)
{
    [Fact]
    public async Task after_events_that_fit_it()
    {
        var connection = await postgres.DatabaseFor(this);
        var ct = TestContext.Current.CancellationToken;
        await using (var store = await TestLedger.OpenAsync(connection, "ledger"))
        {
            await store.AppendAsync("tender/T-1", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, ct);
            await store.AppendAsync("tender/T-1", 1, new NoteRecorded(string.Concat(Enumerable.Repeat("开标记录：投标人报价与承诺一致。", 800)), 2m, null), TestLedger.Context, ct);
            await new Ledger.Store.Sealer(store).SealNowAsync(ct);
            var report = await Ledger.Store.Verification.StoreVerifier.VerifyAsync(connection, "ledger", [store.Options.SigningKeys[0].Verifier], ct);

            Assert.True(report.IsClean, string.Join("; ", report.Findings.Select(f => f.ToString())));
            Assert.Equal(2, report.Events);
        }
    }
}
