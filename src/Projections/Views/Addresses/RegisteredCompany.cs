using Ledger.Addresses;

namespace Ledger.Projections.Views.Addresses;

/// <summary>
/// A company registration (住所登记) at the property, from application to completion, with every check, override and
/// notice. The legal representative is not shown: the ledger keeps only commitments to the name and ID number.
/// </summary>
public sealed class RegisteredCompany
{
    public string ApplicationId { get; set; } = "";

    public string CompanyName { get; set; } = "";

    /// <summary>统一社会信用代码: the applicant's, or the one assigned on completion; null until then for a new company.</summary>
    public string? UnifiedCreditCode { get; set; }

    public string StandardAddressId { get; set; } = "";

    /// <summary>The owner's certificate the application cites.</summary>
    public string CertificateNumber { get; set; } = "";

    public RegistrationStage Stage { get; set; }

    /// <summary>事前校验: negative-list entries in force when the application came in.</summary>
    public IReadOnlyList<string> NegativeListHitsAtApplication { get; set; } = [];

    public Act? Applied { get; set; }

    public List<RegistrationCheck> Checks { get; set; } = [];

    public List<OverrideGrant> Overrides { get; set; } = [];

    public Act? Completed { get; set; }

    public List<OwnerNotice> Notifications { get; set; } = [];
}
