using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>双告知: the owner learns who registered at the property, and the regulator gets the registration for supervision.</summary>
/// <param name="OwnerId">The owner notified (see <see cref="Owner.Id"/>).</param>
/// <param name="Regulator">The supervising department notified.</param>
public sealed record OwnerAndRegulatorNotified(
    string ApplicationId, string PropertyId, string OwnerId, string Regulator, Actor By, DateTimeOffset At);
