using Ledger.Actions;
using Ledger.Addresses.Commands;
using Ledger.Approvals.Commands;
using Ledger.Bidding.Commands;
using Ledger.Projections.Views.Actors;
using Ledger.Tests.Addresses;
using Ledger.Tests.Approvals;
using Ledger.Tests.Support;
using Marten;

namespace Ledger.Tests.Projections.Views;

public sealed class an_actor_timeline_gathers_every_action_across_the_families(PostgresFixture postgres)
{
    private const string Centre = "LZ-GGZYJY";
    private static readonly Actor Operator = new("P-C01", "王五", Centre, Role.CentreOperator);
    private static readonly Actor OperatorAsOfficial = Operator with { Role = Role.Official };
    private static readonly Actor Colleague = new("P-C02", null, Centre, Role.CentreOperator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_persons_tenders_addresses_approvals_and_refusals_in_order_and_the_organisations_too()
    {
        await using var ledger = await ViewLedger.OpenAsync(await postgres.DatabaseFor(this), new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        var entered = await ledger.TenderAsync("T-7", new EnterProject("T-7", "兰州新区纬二路道路工程", "91620100MA7TENDER1", null), Operator, BiddingRules.Decide);
        ledger.Clock.Advance(TimeSpan.FromMinutes(1));
        var listed = await ledger.PropertyAsync("P-7", new ListProperty("P-7", AddressScenario.OrganisationOwner, "兰州新区纬二路7号"), Operator, AddressRules.Decide);
        ledger.Clock.Advance(TimeSpan.FromMinutes(1));
        await ledger.CaseAsync("SP-7", ApprovalScenario.Submission with { CaseId = "SP-7" }, ApprovalScenario.Agent, ApprovalRules.Decide);
        var accepted = await ledger.CaseAsync("SP-7", new AcceptApplication("SP-7"), OperatorAsOfficial, ApprovalRules.Decide);
        ledger.Clock.Advance(TimeSpan.FromMinutes(1));
        await ledger.RefusedAsync("T-7", new RecordExpertScore("T-7", "E-1", "B-1", 90m, 10), Operator, BiddingRules.Decide);
        var colleague = await ledger.TenderAsync("T-8", new EnterProject("T-8", "兰州新区纬三路道路工程", "91620100MA7TENDER1", null), Colleague, BiddingRules.Decide);

        var person = await ledger.WhenCaughtUpAsync(s => ActionsAsync(s, a => a.PersonId == "P-C01"), a => a.Count == 4);

        Assert.Equal(
            [("ProjectEntered", "tender/T-7", Role.CentreOperator), ("PropertyListed", "property/P-7", Role.CentreOperator),
             ("ApplicationAccepted", "approval/SP-7", Role.Official), ("ActionRefused", "trail/P-C01", Role.CentreOperator)],
            person.Select(a => (a.Type, a.Stream, a.Role)));
        Assert.Equal([entered[0], listed[0], accepted[0]], person.Take(3).Select(a => a.Id));
        Assert.All(person, a => Assert.Equal(Centre, a.Organisation));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 1, 1, 0, TimeSpan.Zero), person[1].Time);
        Assert.Equal(("RecordExpertScore", "tender/T-7"), (person[3].Refusal!.Command, person[3].Refusal!.Stream));

        var organisation = await ledger.WhenCaughtUpAsync(s => ActionsAsync(s, a => a.Organisation == Centre), a => a.Count == 5);
        Assert.Equal([.. person.Select(a => a.Id), colleague[0]], organisation.Select(a => a.Id));
    }

    private static async Task<IReadOnlyList<ActorAction>?> ActionsAsync(IQuerySession session, System.Linq.Expressions.Expression<Func<ActorAction, bool>> filter) =>
        await session.Query<ActorAction>().Where(filter).OrderBy(a => a.Sequence).ToListAsync(Ct);
}
