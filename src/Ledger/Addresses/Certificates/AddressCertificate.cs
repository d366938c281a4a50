using Ledger.Addresses.Events;

namespace Ledger.Addresses.Certificates;

/// <summary>
/// 存证证书: an owner's confirmation seen as the certificate a company cites instead of paper proof of address: the
/// property, its registry match and standardised address as they stood when the owner confirmed, and whether the
/// confirmation is still in force. Built from the property stream each time it is asked for, so a withdrawal shows
/// on every later look. A natural-person owner appears by ledger id only; the name stays committed.
/// </summary>
/// <param name="ConfirmationEventId">The confirmation event: its receipt is at <c>/receipts/{id}</c>.</param>
/// <param name="OwnerName">An organisation owner's name; null for a natural person.</param>
/// <param name="EvidenceEventIds">The events a package of this certificate holds: the property stream up to the
/// confirmation and, once withdrawn, the withdrawal.</param>
public sealed record AddressCertificate(
    string Number,
    CertificateStatus Status,
    string PropertyId,
    string StandardAddressId,
    string? StandardAddressText,
    string? RegistryRecordNumber,
    IReadOnlyList<RegistryField> MatchedFields,
    OwnerKind OwnerKind,
    string OwnerId,
    string? OwnerName,
    DateTimeOffset ConfirmedAt,
    Guid ConfirmationEventId,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    Guid? WithdrawalEventId,
    IReadOnlyList<Guid> EvidenceEventIds)
{
    /// <summary>The certificate <paramref name="number"/> in a property stream, given in order with event ids; null when the stream never issued it.</summary>
    public static AddressCertificate? Find(string number, IReadOnlyList<(Guid EventId, object Data)> propertyEvents)
    {
        ArgumentNullException.ThrowIfNull(propertyEvents);
        var given = -1;
        for (var i = 0; i < propertyEvents.Count && given < 0; i++)
        {
            given = propertyEvents[i].Data is OwnerConfirmationGiven g && g.CertificateNumber == number ? i : -1;
        }
        if (given < 0)
        {
            return null;
        }
        var property = Property.Replay(propertyEvents.Take(given + 1).Select(e => e.Data));
        var confirmation = (OwnerConfirmationGiven)propertyEvents[given].Data;
        var withdrawal = propertyEvents.Skip(given + 1)
            .Select(e => (e.EventId, Withdrawn: e.Data as OwnerConfirmationWithdrawn))
            .FirstOrDefault(e => e.Withdrawn?.CertificateNumber == number);
        var owner = property.Owner ?? throw new ArgumentException($"property {confirmation.PropertyId} was confirmed before it was listed", nameof(propertyEvents));
        return new AddressCertificate(
            number,
            withdrawal.Withdrawn is null ? CertificateStatus.Valid : CertificateStatus.Withdrawn,
            confirmation.PropertyId,
            confirmation.StandardAddressId,
            property.StandardAddressText,
            property.RegistryRecordNumber,
            property.MatchedFields,
            owner.Kind,
            owner.Id,
            owner.OrganisationName,
            confirmation.At,
            propertyEvents[given].EventId,
            withdrawal.Withdrawn?.At,
            withdrawal.Withdrawn?.Reason,
            withdrawal.Withdrawn is null ? null : withdrawal.EventId,
            [.. propertyEvents.Take(given + 1).Select(e => e.EventId), .. withdrawal.Withdrawn is null ? [] : new[] { withdrawal.EventId }]);
    }
}
