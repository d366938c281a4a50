using Ledger.Evidence.Packages;
using Ledger.Store.Packages;
using Ledger.Tests.Evidence.Packages;

namespace Ledger.Tests.Store.Packages;

/// <summary>A court's export request with the stand-in certificate, and a way to read a package's files.</summary>
internal static class Export
{
    public static readonly ExportedFor Court = new("李审判员", "兰州市城关区人民法院", "审判员");

    public static PackageRequest Of(PackageScope scope) => new(scope, "（2026）甘0102刑初123号", Court, PackageLog.Certificate);

    public static IReadOnlyList<ZipEntry> Files(EvidencePackage package)
    {
        Assert.True(CanonicalZip.TryRead(package.Bytes, out var entries, out var error), error);
        return entries;
    }
}
