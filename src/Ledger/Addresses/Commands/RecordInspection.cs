using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>Record a random inspection (双随机、一公开) of a registered company at its address.</summary>
/// <param name="InspectorIds">Ledger person ids of the inspectors drawn; the law wants at least two.</param>
/// <param name="Findings">What was found; required unless nothing was.</param>
public sealed record RecordInspection(
    string ApplicationId, string TaskId, InspectionResult Result, string? Findings, IReadOnlyList<string> InspectorIds);

public static partial class AddressRules
{
    public static Decision Decide(CompanyRegistration registration, RecordInspection command, Actor actor, DateTimeOffset now)
    {
        const string action = "recording an inspection";
        Checks.SameStream(registration.ApplicationId, command.ApplicationId, "registration");
        if (Checks.WrongRole(actor, action, Role.Official, Role.Supervisor) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("task id", command.TaskId)) is { } missing)
        {
            return missing;
        }
        if (command.Result != InspectionResult.NoProblemFound && string.IsNullOrWhiteSpace(command.Findings))
        {
            return Decision.Refuse($"an inspection that found {command.Result} says what it found");
        }
        var inspectors = command.InspectorIds.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        if (inspectors.Count < 2)
        {
            return Decision.Refuse($"an inspection needs at least two inspectors; {inspectors.Count} named");
        }
        if (registration.Stage != RegistrationStage.Completed)
        {
            return Decision.Refuse($"registration {command.ApplicationId} is {registration.Stage}; only a registered company is inspected");
        }
        if (registration.Inspections.Any(i => i.TaskId == command.TaskId))
        {
            return Decision.Refuse($"inspection task {command.TaskId} is already recorded for registration {command.ApplicationId}");
        }
        return Decision.Accept(new InspectionRecorded(
            command.ApplicationId, command.TaskId, command.Result, command.Findings, inspectors, actor, Checks.Instant(now)));
    }
}
