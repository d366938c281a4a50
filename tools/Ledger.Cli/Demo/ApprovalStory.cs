using Ledger.Actions;
using Ledger.Approvals.Commands;
using Ledger.Approvals.Events;

namespace Ledger.Cli.Demo;

/// <summary>
/// 行政审批: the tenderer asks the district's approval bureau for the school's planning permit. Accepted, time limits
/// set, three departments review in parallel (并联审批); a decision while one of them is still reviewing is refused;
/// then the permit is granted and issued under the bureau's electronic seal.
/// </summary>
internal static class ApprovalStory
{
    private const int StatutoryWorkingDays = 20;
    private const int PromisedWorkingDays = 10;

    private static readonly ApplicantParty Applicant = new(ApplicantKind.Organisation, "11620100DEMO00001J", "兰州新区教育局", "示例经办人", null, "13800000000");
    private static readonly Actor ApplicantClerk = new("p-jyj-033", null, Applicant.Id, Role.Applicant);
    private static readonly Actor Bureau = new("p-spj-012", null, "11620100DEMO00041S", Role.Official);

    /// <summary>Review steps: the step, the department (its code is who may conclude it) and its name.</summary>
    private static readonly (string Step, string Department, string Name)[] Reviews =
    [
        ("planning", "11620100DEMO00042T", "自然资源局 (planning)"),
        ("civil-defence", "11620100DEMO00043U", "人防办 (civil air defence)"),
        ("fire", "11620100DEMO00044W", "住建局 (fire protection design)"),
    ];

    public static async Task RunAsync(DemoApi api, string run)
    {
        var id = $"LZXQ-XK-{run}";
        api.Say($"行政审批 · approval case {id}: 建设工程规划许可证核发 for the school building");
        // The clerk's name and phone are personal: the ledger hashes only their commitments.
        await api.AcceptedAsync(ApplicantClerk, "approvals/submit-application", new SubmitApplication(id, "620171-ZRZY-XK-005", "建设工程规划许可证核发", Applicant),
            "申请 application submitted by 兰州新区教育局");
        await api.AcceptedAsync(Bureau, "approvals/accept-application", new AcceptApplication(id), "受理 accepted by the approval bureau: the clock starts");

        var statutory = BeijingTime.EndOfWorkingDays(api.LedgerTime, StatutoryWorkingDays);
        var promised = BeijingTime.EndOfWorkingDays(api.LedgerTime, PromisedWorkingDays);
        await api.AcceptedAsync(Bureau, "approvals/set-time-limits", new SetTimeLimits(id, StatutoryWorkingDays, statutory, PromisedWorkingDays, promised),
            $"时限 statutory {StatutoryWorkingDays} working days (by {BeijingTime.Show(statutory)}), promised {PromisedWorkingDays} (by {BeijingTime.Show(promised)})");
        foreach (var (step, department, name) in Reviews)
        {
            await api.AcceptedAsync(Bureau, "approvals/open-review-step", new OpenReviewStep(id, step, department), $"并联审查 review step {step} opened in {name}");
        }
        foreach (var (step, department, name) in Reviews[..^1])
        {
            await api.AcceptedAsync(Reviewer(department), "approvals/conclude-review-step", new ConcludeReviewStep(id, step, StepOpinion.Agreed, null),
                $"审查意见 {name}: agreed");
        }
        await api.RefusedAsync(Bureau, "approvals/make-decision", new MakeDecision(id, DecisionOutcome.Approve, null), "许可决定 decision while a review step is open");

        var (lastStep, lastDepartment, lastName) = Reviews[^1];
        await api.AcceptedAsync(Reviewer(lastDepartment), "approvals/conclude-review-step", new ConcludeReviewStep(id, lastStep, StepOpinion.Agreed, "消防设计符合规范 (fire design meets the code)"),
            $"审查意见 {lastName}: agreed");
        await api.AcceptedAsync(Bureau, "approvals/make-decision", new MakeDecision(id, DecisionOutcome.Approve, null), "许可决定 permit granted (准予许可)");
        var licence = $"建字第620171{run}号";
        await api.AcceptedAsync(Bureau, "approvals/issue-licence", new IssueLicence(id, licence, "SEAL-LZXQ-SPJ-001"),
            $"发证 licence {licence} issued under the bureau's electronic seal SEAL-LZXQ-SPJ-001");
    }

    private static Actor Reviewer(string department) => new($"p-{department[^3..].ToLowerInvariant()}", null, department, Role.Official);
}
