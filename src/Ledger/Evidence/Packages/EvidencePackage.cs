namespace Ledger.Evidence.Packages;

/// <summary>A finished package: the zip's bytes, its verification code and what its certificate shows.</summary>
public sealed record EvidencePackage(byte[] Bytes, string VerificationCode, PackageFacts Facts)
{
    /// <summary>A file name that names the package by its code, e.g. <c>evidence-MFRG-GZDF-….zip</c>.</summary>
    public string FileName => $"evidence-{VerificationCode}.zip";
}
