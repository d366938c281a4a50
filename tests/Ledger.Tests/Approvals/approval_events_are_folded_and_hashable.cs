using System.Reflection;
using Ledger.Actions;
using Ledger.Approvals;
using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class approval_events_are_folded_and_hashable
{
    private static readonly Type[] EventTypes = typeof(ApplicationSubmitted).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(ApplicationSubmitted).Namespace && t.GetProperty("By")?.PropertyType == typeof(Actor))
        .ToArray();

    [Fact]
    public void every_event_has_an_apply_and_folds_by_replay()
    {
        Assert.Equal(10, EventTypes.Length);
        Assert.All(EventTypes, t => Assert.NotNull(typeof(ApprovalCase).GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [t])));
        Assert.Throws<ArgumentException>(() => ApprovalCase.Replay([new object()]));
    }

    [Fact]
    public void every_field_holding_a_persons_name_or_number_is_marked_personal()
    {
        var personal = new[] { "PersonName", "IdNumber", "Phone" };
        var unmarked = EventTypes.Append(typeof(ApplicantParty))
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => personal.Any(x.Property.Name.EndsWith) && x.Property.GetCustomAttribute<PersonalAttribute>() is null)
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");
        Assert.Empty(unmarked);
        Assert.NotNull(typeof(ApplicantParty).GetProperty(nameof(ApplicantParty.Phone))!.GetCustomAttribute<PersonalAttribute>());
    }

    [Fact]
    public void a_whole_case_canonicalises_as_one_chained_stream()
    {
        var s = UnderReview()
            .Then(x => x.Run(new SetTimeLimits(CaseId, 20, T0.AddDays(28), 10, T0.AddDays(14)), Clerk))
            .Then(x => x.Run(new OpenReviewStep(CaseId, "water", Water), Clerk))
            .Then(x => x.Run(new SuspendApproval(CaseId, "补正"), Clerk))
            .After(TimeSpan.FromDays(1), x => x.Run(new ResumeApproval(CaseId, "已补正"), Clerk))
            .Then(x => x.Run(new ConcludeReviewStep(CaseId, "water", StepOpinion.Agreed, null), WaterOfficial))
            .Then(x => x.Run(new MakeDecision(CaseId, DecisionOutcome.Approve, "符合条件"), Clerk))
            .Then(x => x.Run(new IssueLicence(CaseId, "L-1", "S-1"), Clerk));

        byte[]? previous = null;
        for (var i = 0; i < s.Events.Count; i++)
        {
            var e = s.Events[i];
            var canonical = CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope(e.GetType().Name, ApprovalStreams.CaseStream(CaseId), i + 1, T0, previous), e);
            previous = canonical.Hash;
        }
        Assert.Equal(EventTypes.Where(t => t != typeof(ApplicationRefusedForAcceptance)).Select(t => t.Name).Order(), s.Events.Select(e => e.GetType().Name).Distinct().Order());
    }

    [Fact]
    public void a_state_of_another_case_is_a_callers_bug()
    {
        var e = Assert.Throws<ArgumentException>(() => ApprovalRules.Decide(UnderReview().Case, new AcceptApplication("SP-OTHER"), Clerk, T0));

        Assert.Contains($"the state is of case {CaseId}, the command of case SP-OTHER", e.Message);
        Assert.Equal($"approval/{CaseId}", ApprovalStreams.CaseStream(CaseId));
        Assert.Throws<ArgumentException>(() => ApprovalStreams.CaseStream("a/b"));
    }
}
