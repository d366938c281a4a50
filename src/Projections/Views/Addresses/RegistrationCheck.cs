using Ledger.Addresses.Events;

namespace Ledger.Projections.Views.Addresses;

/// <summary>One check of a registration (事中比对): the result, why it was refused, and the negative-list hits it saw.</summary>
public sealed record RegistrationCheck(CheckResult Result, IReadOnlyList<string> Reasons, IReadOnlyList<string> NegativeListHits, Act Checked);
