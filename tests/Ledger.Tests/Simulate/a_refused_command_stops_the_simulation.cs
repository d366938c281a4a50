using Ledger.Actions;
using Ledger.Bidding.Commands;
using Ledger.Cli.Simulate;
using Ledger.Store;
using Ledger.Tests.Support;

namespace Ledger.Tests.Simulate;

public sealed class a_refused_command_stops_the_simulation(PostgresFixture postgres)
{
    [Fact]
    public async Task with_the_rule_that_refused_it()
    {
        var clock = new SimulationClock();
        await using var store = await LedgerStore.OpenAsync(SimulatedMarket.Store(await postgres.DatabaseFor(this)) with { Clock = clock }, SimulatedMarket.Ct);
        var ledger = new SimulatedLedger(store, clock, new EventBook(), "simulate/t-refused", SimulatedMarket.Ct);
        var bidder = new Actor("p-0001", null, "91620102MA00000001", Role.Bidder);

        var refused = await Assert.ThrowsAsync<SimulationRefusedException>(() => ledger.BidAsync(
            new DateTimeOffset(2025, 3, 3, 2, 0, 0, TimeSpan.Zero), bidder, new ObtainDocuments("t-refused-T0001", bidder.Organisation, new string('a', 64)),
            "t-refused-T0001", bidder.Organisation, BiddingRules.Decide));

        Assert.Equal(nameof(ObtainDocuments), refused.Command);
        Assert.Contains("has no published notice", refused.Reason);
        Assert.Contains("2025-03-03T02:00:00", refused.Message);
    }
}
