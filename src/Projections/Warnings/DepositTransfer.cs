namespace Ledger.Projections.Warnings;

/// <summary>
/// A bid deposit paid by transfer. Its source account is personal: only the event is kept here, and the accounts are
/// compared where they are disclosed, in the database (<see cref="DisclosedIdentifiers"/>).
/// </summary>
public sealed record DepositTransfer(Guid EventId, string BidderId);
