using Ledger.Api.Evidence.Certificates;

namespace Ledger.Tests.Api.Certificates;

/// <summary>The QR code holds the verification code, the manifest hash and the origin, drawn as
/// vector modules that read back module for module.</summary>
public sealed class the_qr_code_carries_the_package_identity
{
    private const string ExpectedPayload =
        "ledger-package:" + CertificateSamples.Code + ":" + CertificateSamples.ManifestHash + ":" + CertificateSamples.Origin;

    [Fact]
    public void the_payload_names_code_hash_and_origin_with_the_origin_last()
    {
        Assert.Equal(ExpectedPayload, CertificateSamples.Tender().QrPayload);
        var withColons = CertificateSamples.Tender() with { Origin = "log.example:8443/lz" };
        Assert.EndsWith(":" + CertificateSamples.ManifestHash + ":log.example:8443/lz", withColons.QrPayload);
    }

    [Fact]
    public void the_drawn_modules_are_the_qr_code_of_the_payload()
    {
        using var certificate = new RenderedCertificate(CertificatePdf.Render(CertificateSamples.Tender()));

        var drawn = certificate.QrModules(1);
        var expected = CertificateQr.Modules(ExpectedPayload);
        Assert.Equal(expected.GetLength(0), drawn.GetLength(0));
        Assert.Equal(Cells(expected), Cells(drawn));
        Assert.NotEqual(Cells(CertificateQr.Modules(ExpectedPayload + "x")), Cells(drawn));
    }

    [Fact]
    public void the_modules_have_the_three_finder_patterns()
    {
        var modules = CertificateQr.Modules(ExpectedPayload);
        var side = modules.GetLength(0);
        Assert.Equal(1, (side - 17) % 4 == 0 ? 1 : 0);
        foreach (var (row, column) in new[] { (0, 0), (0, side - 7), (side - 7, 0) })
        {
            // ISO/IEC 18004 finder: a dark 7x7 ring, a light ring, a dark 3x3 centre.
            for (var i = 0; i < 7; i++)
            {
                Assert.True(modules[row, column + i] && modules[row + 6, column + i]);
                Assert.True(modules[row + i, column] && modules[row + i, column + 6]);
            }
            Assert.False(modules[row + 1, column + 1]);
            Assert.True(modules[row + 3, column + 3]);
        }
    }

    private static string Cells(bool[,] modules)
    {
        var rows = Enumerable.Range(0, modules.GetLength(0))
            .Select(r => string.Concat(Enumerable.Range(0, modules.GetLength(1)).Select(c => modules[r, c] ? '#' : '.')));
        return string.Join('\n', rows);
    }
}
