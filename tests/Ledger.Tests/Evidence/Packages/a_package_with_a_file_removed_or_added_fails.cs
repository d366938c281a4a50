using System.Text;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Packages;

namespace Ledger.Tests.Evidence.Packages;

public sealed class a_package_with_a_file_removed_or_added_fails
{
    [Theory]
    [InlineData("events/3.json", "manifest.json: lists events/3.json, which the package does not hold")]
    [InlineData("proofs/6.txt", "manifest.json: lists proofs/6.txt, which the package does not hold")]
    [InlineData("blocks/1.txt", "manifest.json: lists blocks/1.txt, which the package does not hold")]
    [InlineData("consistency/0-3.txt", "manifest.json: lists consistency/0-3.txt, which the package does not hold")]
    [InlineData("disclosures/4.json", "manifest.json: lists disclosures/4.json, which the package does not hold")]
    [InlineData("certificate.pdf", "zip: certificate.pdf is missing")]
    [InlineData("package.sig", "zip: package.sig is missing")]
    public void a_removed_file_is_named(string removed, string failure)
    {
        var (log, package) = PackageLog.Small();

        var verified = PackageVerifier.Verify(Rewrite(package, entries => entries.Where(e => e.Name != removed)), Keyring.Trusting([log.Key.Verifier]));

        Assert.Equal(failure, verified.Failure);
    }

    [Theory]
    [InlineData("events/1.json", "events/1.json: not listed in manifest.json")]
    [InlineData("blocks/9.txt", "blocks/9.txt: not listed in manifest.json")]
    [InlineData("readme.txt", "zip: entry 'readme.txt' is not a file of a ledger-evidence-package/v1")]
    [InlineData("events/01.json", "zip: entry 'events/01.json' is not a file of a ledger-evidence-package/v1")]
    public void an_added_file_is_named(string added, string failure)
    {
        var (log, package) = PackageLog.Small();

        var bytes = Rewrite(package, entries => entries.Append(new ZipEntry(added, Encoding.UTF8.GetBytes("{}")))
            .OrderBy(e => PackageFile.TryParse(e.Name, out var f) ? f : PackageFile.Keys, Comparer<PackageFile>.Create(PackageFile.Compare)));
        var verified = PackageVerifier.Verify(bytes, Keyring.Trusting([log.Key.Verifier]));

        Assert.Equal(failure, verified.Failure);
    }

    [Fact]
    public void files_out_of_order_are_named()
    {
        var (log, package) = PackageLog.Small();

        var verified = PackageVerifier.Verify(Rewrite(package, entries => entries.Reverse()), Keyring.Trusting([log.Key.Verifier]));

        Assert.Equal("zip: entry proofs/6.txt comes before proofs/4.txt; a package holds them the other way round", verified.Failure);
    }

    [Fact]
    public void a_file_name_with_a_control_character_is_reported_on_one_line()
    {
        var (log, package) = PackageLog.Small();
        var bytes = Rewrite(package, entries => entries.Append(new ZipEntry("proofs/9~txt", "x"u8.ToArray())));
        var name = Encoding.ASCII.GetBytes("proofs/9~txt");
        for (var at = bytes.AsSpan().IndexOf(name); at >= 0; at = bytes.AsSpan().IndexOf(name))
        {
            bytes[at + 8] = (byte)'\n';
        }

        var verified = PackageVerifier.Verify(bytes, Keyring.Trusting([log.Key.Verifier]));

        Assert.Equal("zip: entry 'proofs/9\\u000atxt' is not a file of a ledger-evidence-package/v1", verified.Failure);
    }

    private static byte[] Rewrite(EvidencePackage package, Func<IEnumerable<ZipEntry>, IEnumerable<ZipEntry>> change)
    {
        Assert.True(CanonicalZip.TryRead(package.Bytes, out var entries, out var error), error);
        return CanonicalZip.Write([.. change(entries)]);
    }
}
