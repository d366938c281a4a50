using Ledger.Actions;
using Ledger.Evidence.Canonical;

namespace Ledger.Addresses.Events;

/// <summary>
/// A company applies to register (设立/变更登记) at a standardised address, citing the owner's evidence certificate
/// instead of paper proof. <paramref name="NegativeListHits"/> is the before-registration check (事前校验): the
/// negative-list entries in force on the address when the application came in.
/// </summary>
/// <param name="UnifiedCreditCode">统一社会信用代码; null for a new company, which receives one on completion.</param>
/// <param name="LegalRepresentativeName">法定代表人.</param>
public sealed record RegistrationApplied(
    string ApplicationId,
    string CompanyName,
    string? UnifiedCreditCode,
    [property: Personal] string LegalRepresentativeName,
    [property: Personal] string LegalRepresentativeIdNumber,
    string PropertyId,
    string StandardAddressId,
    string CertificateNumber,
    IReadOnlyList<string> NegativeListHits,
    Actor By,
    DateTimeOffset At);
