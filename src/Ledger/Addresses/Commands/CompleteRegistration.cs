using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>
/// An official completes a registration whose latest check passed. The address is tested once more, so a
/// withdrawal or a new negative-list entry since the check stops it.
/// </summary>
/// <param name="UnifiedCreditCode">统一社会信用代码: newly assigned, or the applicant's own.</param>
public sealed record CompleteRegistration(string ApplicationId, string UnifiedCreditCode);

public static partial class AddressRules
{
    /// <param name="property">The property the registration is at, as it stands now.</param>
    public static Decision Decide(
        CompanyRegistration registration, Property property, CompleteRegistration command, Actor actor, DateTimeOffset now)
    {
        const string action = "completing a registration";
        Checks.SameStream(registration.ApplicationId, command.ApplicationId, "registration");
        if (Checks.WrongRole(actor, action, Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (Checks.Missing(action, ("unified credit code", command.UnifiedCreditCode)) is { } missing)
        {
            return missing;
        }
        if (registration.Stage != RegistrationStage.Applied)
        {
            return Decision.Refuse($"registration {command.ApplicationId} is {registration.Stage}; only an application under way is completed");
        }
        if (registration.LatestCheck is not { } check)
        {
            return Decision.Refuse($"registration {command.ApplicationId} has not been checked");
        }
        if (check.Result != CheckResult.Passed)
        {
            return Decision.Refuse(
                $"the latest check of registration {command.ApplicationId}, at {Checks.When(check.At)}, refused it: {string.Join("; ", check.Reasons)}");
        }
        SameProperty(registration, property);
        var problems = AddressProblems(registration, property, out _, out _);
        if (problems.Count > 0)
        {
            return Decision.Refuse($"since the check at {Checks.When(check.At)}: {string.Join("; ", problems)}; check again");
        }
        if (registration.UnifiedCreditCode is { } own && own != command.UnifiedCreditCode)
        {
            return Decision.Refuse($"company {registration.CompanyName} applied with unified credit code {own}, not {command.UnifiedCreditCode}");
        }
        return Decision.Accept(new RegistrationCompleted(command.ApplicationId, command.UnifiedCreditCode, actor, Checks.Instant(now)));
    }
}
