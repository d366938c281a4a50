using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>The owner withdraws a confirmation; its certificate no longer supports a registration.</summary>
public sealed record OwnerConfirmationWithdrawn(string PropertyId, string CertificateNumber, string Reason, Actor By, DateTimeOffset At);
