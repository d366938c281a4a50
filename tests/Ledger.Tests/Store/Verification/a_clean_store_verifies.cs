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
