using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>
/// An official's check of a registration against the address as it stands (事中比对): the owner's confirmation,
/// the standardised address and the negative list, plus the official's own objections.
/// </summary>
/// <param name="Reasons">Why it was refused; empty when it passed.</param>
/// <param name="NegativeListHits">Negative-list entries in force on the address at the check.</param>
/// <param name="Overrides">The overrides that let the hits pass, with who gave them and why.</param>
public sealed record RegistrationChecked(
    string ApplicationId,
    CheckResult Result,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> NegativeListHits,
    IReadOnlyList<NegativeListOverride> Overrides,
    Actor By,
    DateTimeOffset At);
