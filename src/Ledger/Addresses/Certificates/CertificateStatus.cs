namespace Ledger.Addresses.Certificates;

/// <summary>Whether an address evidence certificate still supports a registration.</summary>
public enum CertificateStatus
{
    /// <summary>有效: the owner's confirmation is in force.</summary>
    Valid,

    /// <summary>已撤回: the owner withdrew the confirmation; every later check of a registration citing it fails.</summary>
    Withdrawn,
}
