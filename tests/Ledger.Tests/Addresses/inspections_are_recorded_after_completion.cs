using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class inspections_are_recorded_after_completion
{
    private static readonly RecordInspection Inspection = new(
        RegistrationId, "SJ-2026-07", InspectionResult.NotFoundAtAddress, "通过登记的住所无法联系", ["u-inspector-1", "u-inspector-2"]);

    [Fact]
    public void a_registered_company_is_inspected_once_per_task()
    {
        var s = Completed();

        var recorded = (InspectionRecorded)Accepted(s.Run(Inspection, Supervisor));

        Assert.Equal(recorded, Assert.Single(s.Registration.Inspections));
        Assert.Contains("task SJ-2026-07 is already recorded", Refused(s.Run(Inspection, Official)).Reason);
        Accepted(s.Run(Inspection with { TaskId = "SJ-2027-01", Result = InspectionResult.NoProblemFound, Findings = null }, Official));
    }

    [Fact]
    public void not_before_registration()
    {
        Assert.Contains("only a registered company is inspected", Refused(Applied().Run(Inspection, Supervisor)).Reason);
    }

    [Fact]
    public void two_inspectors_and_findings_are_required()
    {
        var s = Completed();

        Assert.Contains("at least two inspectors; 1 named", Refused(s.Run(Inspection with { InspectorIds = ["u-1", "u-1", " "] }, Supervisor)).Reason);
        Assert.Contains("found ProblemFound says what it found", Refused(s.Run(Inspection with { Result = InspectionResult.ProblemFound, Findings = "" }, Supervisor)).Reason);
        var (reason, trail) = Refused(s.Run(Inspection, Agent));
        Assert.StartsWith("recording an inspection is for Official or Supervisor", reason);
        Assert.True(trail);
    }
}
