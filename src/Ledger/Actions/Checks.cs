using Ledger.Evidence.Canonical;

namespace Ledger.Actions;

/// <summary>
/// The checks the address and approval commands make, so that refusals read alike: a wrong role is refused and recorded in the
/// actor's trail; a missing value or a state that does not allow the action is refused only. Each returns null
/// when its rule holds.
/// </summary>
internal static class Checks
{
    public static Decision? WrongRole(Actor actor, string action, params Role[] allowed) =>
        allowed.Contains(actor.Role)
            ? null
            : Decision.Refuse(
                $"{action} is for {string.Join(" or ", allowed)}; {actor.PersonId} of {actor.Organisation} acted as {actor.Role}",
                recordInTrail: true);

    /// <summary>A refusal naming every blank value.</summary>
    public static Decision? Missing(string action, params (string Name, string? Value)[] values)
    {
        var missing = values.Where(v => string.IsNullOrWhiteSpace(v.Value)).Select(v => v.Name).ToList();
        return missing.Count == 0 ? null : Decision.Refuse($"{action} needs {string.Join(", ", missing)}");
    }

    /// <summary>Ids that become part of a stream id.</summary>
    public static Decision? StreamId(string value, string what) =>
        !string.IsNullOrEmpty(value) && !value.Contains('/') && !value.Any(char.IsControl)
            ? null
            : Decision.Refuse($"{what} \"{value}\" must be non-empty, without '/' or control characters");

    /// <summary>
    /// The server time as events carry it: UTC, cut to the microsecond, the finest time the canonical form spells,
    /// so that any clock reading gives an event that can be hashed.
    /// </summary>
    public static DateTimeOffset Instant(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    /// <summary>An instant as the ledger spells it, so a refusal quotes the text the events hold.</summary>
    public static string When(DateTimeOffset instant) => CanonicalValues.Timestamp(Instant(instant));

    /// <summary>A caller that loaded another stream than the command's is a bug, not a refusal.</summary>
    /// <exception cref="ArgumentException">The state is of another property, registration or case.</exception>
    public static void SameStream(string stateId, string commandId, string what)
    {
        if (stateId.Length > 0 && stateId != commandId)
        {
            throw new ArgumentException($"the state is of {what} {stateId}, the command of {what} {commandId}: load the command's stream");
        }
    }
}
