using Ledger.Actions;
using Ledger.Approvals.Events;
using Ledger.Projections.Detectors.Approvals;
using static Ledger.Cli.Demo.BeijingTime;

namespace Ledger.Cli.Simulate;

/// <summary>
/// The approval cases of the market. An honest case is accepted within two days, its departments review in parallel
/// and conclude within 10–60 % of the promised time, and it is decided well inside the promise; one in twenty is
/// denied after a department objects. Planted, rate/4 of the cases per kind: a decision past the promised limit (by
/// 80 % − 75 %·s of the time between the promise and the law), past the statutory one (by 2 hours plus 10 days·(1 − s)),
/// a step concluded 1 + 3.9·s minutes after it opened (the detector's default minimum is 5), and a department's official
/// who also submitted the application for the applicant.
/// </summary>
internal static class ApprovalPlanner
{
    private static readonly string[] Kinds =
    [
        ApprovalDetector.OverPromisedLimit.Id, ApprovalDetector.OverStatutoryLimit.Id, ApprovalDetector.TooFast.Id, ApprovalDetector.SameOfficialBothSides.Id,
    ];

    public static (List<ApprovalPlan> Cases, List<PlannedCase> Planted) Plan(Market market)
    {
        var p = market.Parameters;
        var each = p.Rate > 0 ? Math.Min(p.ApprovalCases / Kinds.Length, Math.Max(1, (int)Math.Round(p.Rate * p.ApprovalCases / Kinds.Length))) : 0;
        var order = Dice.For(p.Seed, "approvals").Shuffle(Enumerable.Range(0, p.ApprovalCases));
        var cases = new List<ApprovalPlan>();
        var planted = new List<PlannedCase>();
        for (var i = 0; i < p.ApprovalCases; i++)
        {
            var rank = order.IndexOf(i);
            var kind = rank >= 0 && rank < Kinds.Length * each ? Kinds[rank / each] : null;
            var dice = Dice.For(p.Seed, $"case/{i}");
            var plan = Honest(market, i, dice);
            if (kind is not null)
            {
                planted.Add(Plant(market, plan, kind, p.Subtlety, dice));
            }
            cases.Add(plan);
        }
        return (cases, planted);
    }

    private static ApprovalPlan Honest(Market market, int i, Dice dice)
    {
        var matter = dice.Pick(Matter.All);
        var region = dice.Weighted(Regions.City, r => r.Weight);
        var applicantId = CreditCode.Make("91", region.Code, $"{market.Prefix}/applicant/{i}");
        var submitted = Calendar.At(market.Parameters.Start.AddDays(dice.Between(0, 320)), dice.Between(9, 16), dice.Between(0, 59));
        var accepted = Calendar.Between(dice, submitted.AddMinutes(30), submitted.AddDays(2));
        var plan = new ApprovalPlan
        {
            CaseId = $"{market.Prefix}-C{i + 1:D4}",
            Matter = matter,
            Applicant = new ApplicantParty(ApplicantKind.Organisation, applicantId, Names.Company(region, matter.Trade, dice), Names.Person(dice), null, "13" + dice.Digits(9)),
            Submitter = new Actor($"p-{dice.Hex(4)}", null, applicantId, Role.Applicant),
            SubmittedAt = submitted,
            AcceptedAt = accepted,
            LimitsAt = accepted.AddMinutes(dice.Between(2, 10)),
            StatutoryDeadline = EndOfWorkingDays(accepted, matter.StatutoryDays),
            PromisedDeadline = EndOfWorkingDays(accepted, matter.PromisedDays),
        };
        var allowed = plan.PromisedDeadline - accepted;
        var denied = dice.Chance(0.05);
        var opened = plan.LimitsAt;
        foreach (var (department, n) in matter.Departments.Select((d, n) => (d, n)))
        {
            opened = opened.AddMinutes(dice.Between(3, 15));
            var objects = denied && n == 0;
            plan.Steps.Add(new PlannedStep($"s{n + 1}", department, market.Departments[department].Staff, opened,
                Calendar.Seconds(opened + (allowed * dice.Uniform(0.1, 0.6))), objects ? StepOpinion.Objected : StepOpinion.Agreed,
                objects ? "申请材料不符合法定条件 (the application does not meet the statutory conditions)" : null));
        }
        plan.DecidedAt = Calendar.Seconds(plan.Steps.Max(s => s.ConcludedAt) + (allowed * dice.Uniform(0.02, 0.15)));
        plan.Outcome = denied ? DecisionOutcome.Deny : DecisionOutcome.Approve;
        plan.DenialReason = denied ? "不符合法定条件，不予许可 (the statutory conditions are not met)" : null;
        plan.LicenceAt = Calendar.Between(dice, plan.DecidedAt.AddMinutes(10), plan.DecidedAt.AddHours(4));
        return plan;
    }

    private static PlannedCase Plant(Market market, ApprovalPlan plan, string kind, double s, Dice dice)
    {
        var id = plan.CaseId;
        EventRef[] limits = [EventRef.Case(id, nameof(ApplicationAccepted)), EventRef.Case(id, nameof(TimeLimitsSet)), EventRef.Case(id, nameof(DecisionMade))];
        if (kind == ApprovalDetector.OverPromisedLimit.Id || kind == ApprovalDetector.OverStatutoryLimit.Id)
        {
            var late = kind == ApprovalDetector.OverPromisedLimit.Id
                ? (plan.StatutoryDeadline - plan.PromisedDeadline) * (0.8 - (0.75 * s))
                : TimeSpan.FromHours(2 + (240 * (1 - s)));
            var deadline = kind == ApprovalDetector.OverPromisedLimit.Id ? plan.PromisedDeadline : plan.StatutoryDeadline;
            plan.DecidedAt = Calendar.Seconds(deadline + late);
            plan.LicenceAt = Calendar.Between(dice, plan.DecidedAt.AddMinutes(10), plan.DecidedAt.AddHours(4));
            return new PlannedCase(kind, [kind], id, [], [plan.Applicant.Id], $"Case {id} was decided {late.TotalHours:0.#} hours past its deadline of {deadline:u}.", limits);
        }
        var step = plan.Steps[0];
        if (kind == ApprovalDetector.TooFast.Id)
        {
            var took = TimeSpan.FromMinutes(1 + (3.9 * s));
            plan.Steps[0] = step with { ConcludedAt = Calendar.Seconds(step.OpenedAt + took) };
            return new PlannedCase(kind, [kind], $"{id}:{step.StepId}", [], [step.Reviewer.PersonId],
                $"Step {step.StepId} ({step.Department}) was concluded {took.TotalMinutes:0.#} minutes after it opened.",
                [EventRef.Case(id, nameof(ReviewStepOpened), step.StepId), EventRef.Case(id, nameof(ReviewStepConcluded), step.StepId)]);
        }
        var official = step.Reviewer.PersonId;
        plan.Submitter = new Actor(official, null, plan.Applicant.Id, Role.Applicant);
        return new PlannedCase(kind, [kind], $"{id}:{official}", [], [official, plan.Applicant.Id],
            $"Official {official} of {market.Departments[step.Department].Name} submitted the application for {plan.Applicant.Id} and concluded its review step {step.StepId}.",
            [EventRef.Case(id, nameof(ApplicationSubmitted)), EventRef.Case(id, nameof(ReviewStepConcluded), step.StepId)]);
    }
}
