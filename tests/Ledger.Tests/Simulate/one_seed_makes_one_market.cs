using System.Text.Json;
using Ledger.Bidding.Events;
using Ledger.Cli.Simulate;
using Ledger.Tests.Support;

namespace Ledger.Tests.Simulate;

public sealed class one_seed_makes_one_market(PostgresFixture postgres)
{
    [Fact]
    public async Task two_runs_with_one_seed_record_the_same_bids_times_and_labels()
    {
        var parameters = SimulatedMarket.Small("t-same", seed: 11, tenders: 24);
        var (firstDb, secondDb) = (await postgres.DatabaseFor(this, "first"), await postgres.DatabaseFor(this, "second"));

        var first = await Simulator.RunAsync(SimulatedMarket.Store(firstDb), parameters, TextWriter.Null, SimulatedMarket.Ct);
        var second = await Simulator.RunAsync(SimulatedMarket.Store(secondDb), parameters, TextWriter.Null, SimulatedMarket.Ct);

        Assert.Equal(Json(first.Truth.Tenders), Json(second.Truth.Tenders));
        Assert.Equal(Json(first.Truth.Cases.Select(c => c with { Events = [] })), Json(second.Truth.Cases.Select(c => c with { Events = [] })));
        Assert.Equal(first.Truth.Cases.Select(c => c.Events.Count), second.Truth.Cases.Select(c => c.Events.Count));
        Assert.Equal(first.Events, second.Events);
        Assert.Equal(await SimulatedMarket.TimelineAsync(firstDb), await SimulatedMarket.TimelineAsync(secondDb));
        var ids = first.Truth.Tenders.Select(t => t.TenderId).ToList();
        var opened = await SimulatedMarket.OpenedAsync(firstDb, ids);
        Assert.Equal(Json(opened), Json(await SimulatedMarket.OpenedAsync(secondDb, ids)));

        // What was recorded is what was planned: the ledger's rules kept every price.
        var plan = MarketPlanner.Plan(parameters);
        Assert.All(plan.Tenders, t => Assert.Equal(
            t.Standing.OrderBy(b => b.BidderId, StringComparer.Ordinal).Select(b => (b.BidderId, b.Price, b.Price <= t.Ceiling ? OpeningOutcome.Read : OpeningOutcome.OverCeiling)),
            opened[t.TenderId].Select(b => (b.BidderId, b.Price!.Value, b.Outcome))));
    }

    [Fact]
    public void another_seed_plans_other_prices()
    {
        var one = MarketPlanner.Plan(SimulatedMarket.Small("t-seed", seed: 1, tenders: 30));
        var other = MarketPlanner.Plan(SimulatedMarket.Small("t-seed", seed: 2, tenders: 30));

        Assert.NotEqual(Prices(one), Prices(other));
        Assert.Equal(Prices(one), Prices(MarketPlanner.Plan(SimulatedMarket.Small("t-seed", seed: 1, tenders: 30))));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Prices(MarketPlan plan) => Json(plan.Tenders.Select(t => t.Bids.Select(b => (b.BidderId, b.Price))));
}
