using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>
/// An official checks the registration against the address as it stands (事中比对). The check is recorded either
/// way: it passes only when the owner's confirmation cited is in force, every negative-list hit is overridden and
/// the official raised no objection of their own.
/// </summary>
/// <param name="Objections">The official's own grounds for refusal; empty when they have none.</param>
public sealed record CheckRegistration(string ApplicationId, IReadOnlyList<string> Objections);

public static partial class AddressRules
{
    /// <param name="property">The property the registration is at, as it stands now.</param>
    public static Decision Decide(
        CompanyRegistration registration, Property property, CheckRegistration command, Actor actor, DateTimeOffset now)
    {
        Checks.SameStream(registration.ApplicationId, command.ApplicationId, "registration");
        if (Checks.WrongRole(actor, "checking a registration", Role.Official) is { } wrongRole)
        {
            return wrongRole;
        }
        if (registration.Stage != RegistrationStage.Applied)
        {
            return Decision.Refuse($"registration {command.ApplicationId} is {registration.Stage}; only an application under way is checked");
        }
        SameProperty(registration, property);
        var reasons = AddressProblems(registration, property, out var hits, out var used);
        reasons.AddRange(command.Objections.Where(o => !string.IsNullOrWhiteSpace(o)));
        return Decision.Accept(new RegistrationChecked(
            command.ApplicationId,
            reasons.Count == 0 ? CheckResult.Passed : CheckResult.Refused,
            reasons,
            hits,
            used,
            actor,
            Checks.Instant(now)));
    }
}
