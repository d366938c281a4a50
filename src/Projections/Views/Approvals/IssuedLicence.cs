namespace Ledger.Projections.Views.Approvals;

/// <summary>电子证照 issued under an electronic seal.</summary>
public sealed record IssuedLicence(string LicenceNumber, string SealId, Act Issued);
