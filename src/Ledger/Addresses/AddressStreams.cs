namespace Ledger.Addresses;

/// <summary>
/// Where address events go. A property's whole life, its standardised address (标准化地址), the owner's
/// confirmations and the negative-list (风险地址负面清单) entries on it, is one stream, because every rule on
/// them is a rule on one property; a standardised address names one unit, so it needs no stream of its own.
/// Each company registration (住所登记) is a stream of its own, so that registrations at one address do not
/// contend with each other or with the owner; its commands read the property's state beside their own.
/// </summary>
public static class AddressStreams
{
    /// <summary>property/{propertyId}: the stream of <see cref="Property"/>.</summary>
    public static string PropertyStream(string propertyId) => $"property/{Id(propertyId, nameof(propertyId))}";

    /// <summary>company-registration/{applicationId}: the stream of <see cref="CompanyRegistration"/>.</summary>
    public static string RegistrationStream(string applicationId) =>
        $"company-registration/{Id(applicationId, nameof(applicationId))}";

    // A '/' in an id would let one stream key be read as another's.
    private static string Id(string id, string name) =>
        string.IsNullOrEmpty(id) || id.Contains('/') || id.Any(char.IsControl)
            ? throw new ArgumentException($"\"{id}\" cannot be part of a stream id: it must be non-empty, without '/' or control characters", name)
            : id;
}
