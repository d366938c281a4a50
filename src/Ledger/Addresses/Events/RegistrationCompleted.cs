using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>The registration is made: the company is registered at the standardised address.</summary>
/// <param name="UnifiedCreditCode">统一社会信用代码, newly assigned or the company's own.</param>
public sealed record RegistrationCompleted(string ApplicationId, string UnifiedCreditCode, Actor By, DateTimeOffset At);
