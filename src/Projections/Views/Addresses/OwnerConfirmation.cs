namespace Ledger.Projections.Views.Addresses;

/// <summary>产权人在线确认: one confirmation by its evidence certificate, and its withdrawal once withdrawn.</summary>
public sealed record OwnerConfirmation(string CertificateNumber, string StandardAddressId, Act Given)
{
    public Act? Withdrawn { get; init; }

    public string? WithdrawalReason { get; init; }
}
