using JasperFx.Events;
using Ledger.Actions;
using Ledger.Approvals;
using Ledger.Approvals.Events;
using Marten.Events.Aggregation;

namespace Ledger.Projections.Views.Approvals;

/// <summary>Builds each <see cref="ApprovalCaseView"/> from its case stream, <c>approval/{caseId}</c>.</summary>
public sealed partial class ApprovalCaseProjection : SingleStreamProjection<ApprovalCaseView, string>
{
    public ApprovalCaseProjection() => Name = "ApprovalCase";

    public ApprovalCaseView Create(IEvent<ApplicationSubmitted> e) => new()
    {
        Id = e.StreamKey!,
        CaseId = e.Data.CaseId,
        MatterCode = e.Data.MatterCode,
        MatterName = e.Data.MatterName,
        Applicant = new ApplicantRef(e.Data.Applicant.Kind, e.Data.Applicant.Id, e.Data.Applicant.OrganisationName),
        Status = ApprovalStage.Submitted,
        Submitted = Act(e, e.Data.By, e.Data.At),
    };

    public void Apply(IEvent<ApplicationAccepted> e, ApprovalCaseView view)
    {
        view.Status = ApprovalStage.Accepted;
        view.Accepted = Act(e, e.Data.By, e.Data.At);
    }

    public void Apply(IEvent<ApplicationRefusedForAcceptance> e, ApprovalCaseView view)
    {
        view.Status = ApprovalStage.NotAccepted;
        view.RefusedAcceptance = Act(e, e.Data.By, e.Data.At);
        view.RefusalReason = e.Data.Reason;
    }

    public void Apply(IEvent<TimeLimitsSet> e, ApprovalCaseView view) =>
        view.Limits = new ApprovalLimits(
            e.Data.StatutoryWorkingDays, e.Data.StatutoryDeadline, e.Data.PromisedWorkingDays, e.Data.PromisedDeadline, Act(e, e.Data.By, e.Data.At));

    public void Apply(IEvent<ReviewStepOpened> e, ApprovalCaseView view) =>
        view.Steps.Add(new ApprovalStep(e.Data.StepId, e.Data.Department, Act(e, e.Data.By, e.Data.At)));

    public void Apply(IEvent<ReviewStepConcluded> e, ApprovalCaseView view)
    {
        var index = view.Steps.FindIndex(s => s.StepId == e.Data.StepId);
        if (index >= 0)
        {
            view.Steps[index] = view.Steps[index] with { Concluded = Act(e, e.Data.By, e.Data.At), Opinion = e.Data.Opinion, Remarks = e.Data.Remarks };
        }
    }

    public void Apply(IEvent<ApprovalSuspended> e, ApprovalCaseView view) =>
        view.Suspensions.Add(new Suspension(e.Data.Reason, Act(e, e.Data.By, e.Data.At)));

    public void Apply(IEvent<ApprovalResumed> e, ApprovalCaseView view)
    {
        var index = view.Suspensions.FindLastIndex(s => s.Resumed is null);
        if (index >= 0)
        {
            view.Suspensions[index] = view.Suspensions[index] with { Resumed = Act(e, e.Data.By, e.Data.At), ResumeReason = e.Data.Reason };
        }
    }

    public void Apply(IEvent<DecisionMade> e, ApprovalCaseView view)
    {
        view.Status = ApprovalStage.Decided;
        view.Decision = new ApprovalDecision(e.Data.Outcome, e.Data.Reason, Act(e, e.Data.By, e.Data.At));
    }

    public void Apply(IEvent<LicenceIssued> e, ApprovalCaseView view) =>
        view.Licence = new IssuedLicence(e.Data.LicenceNumber, e.Data.SealId, Act(e, e.Data.By, e.Data.At));

    private static Act Act(IEvent e, Actor by, DateTimeOffset at) => new(at, ActorRef.Of(by), e.Id);
}
