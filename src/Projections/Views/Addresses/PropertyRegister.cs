using Ledger.Addresses.Events;

namespace Ledger.Projections.Views.Addresses;

/// <summary>
/// 住所登记簿 for one property: its standardised address, owner, confirmations given and withdrawn, negative-list
/// entries, and the companies registered there with the notices sent. The address register of a standardised address
/// is the registers of the properties that carry it.
/// </summary>
public sealed class PropertyRegister
{
    /// <summary>The property id.</summary>
    public string Id { get; set; } = "";

    /// <summary>标准化地址 code; null until assigned.</summary>
    public string? StandardAddressId { get; set; }

    public string? StandardAddressText { get; set; }

    public Act? AddressAssigned { get; set; }

    /// <summary>The address as the lister wrote it, before standardisation.</summary>
    public string DeclaredAddress { get; set; } = "";

    public OwnerRef? Owner { get; set; }

    public Act? Listed { get; set; }

    /// <summary>不动产权证号 or 不动产单元号 matched; null until matched.</summary>
    public string? RegistryRecordNumber { get; set; }

    public IReadOnlyList<RegistryField> MatchedFields { get; set; } = [];

    public Act? Matched { get; set; }

    public List<OwnerConfirmation> Confirmations { get; set; } = [];

    public List<NegativeListMark> NegativeList { get; set; } = [];

    /// <summary>Whether any negative-list entry is in force.</summary>
    public bool OnNegativeList => NegativeList.Any(m => m.Lifted is null);

    public List<RegisteredCompany> Companies { get; set; } = [];

    internal RegisteredCompany? Company(string applicationId) => Companies.Find(c => c.ApplicationId == applicationId);
}
