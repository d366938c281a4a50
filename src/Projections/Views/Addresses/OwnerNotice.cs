namespace Ledger.Projections.Views.Addresses;

/// <summary>双告知 sent for a registration: the owner and the supervising department told who registered at the property.</summary>
public sealed record OwnerNotice(string OwnerId, string Regulator, Act Sent);
