using QRCoder;

namespace Ledger.Api.Evidence.Certificates;

/// <summary>The certificate's QR code: its text and the modules drawn for it.</summary>
public static class CertificateQr
{
    public const string Scheme = "ledger-package";

    /// <summary>
    /// <c>ledger-package:&lt;verification code&gt;:&lt;manifest hash hex&gt;:&lt;origin&gt;</c>. The origin
    /// comes last because it is the only free-form part: a reader splits on the first three colons and
    /// takes the rest as the origin, even when it holds colons itself. The code is printed beside the
    /// QR code so a person can compare them; the full hash lets a machine compare with the package.
    /// </summary>
    public static string Payload(CertificateContent content) =>
        $"{Scheme}:{content.VerificationCode}:{content.ManifestHashHex}:{content.Origin}";

    /// <summary>
    /// The dark modules of the QR code for <paramref name="payload"/>, indexed [row, column], without the
    /// quiet zone (the renderer leaves that margin blank itself). Error correction M, UTF-8 text.
    /// </summary>
    public static bool[,] Modules(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        // ISO/IEC 18004: a version v symbol is 17 + 4v modules wide; QRCoder adds the quiet zone around it.
        var side = 17 + 4 * data.Version;
        var quiet = (data.ModuleMatrix.Count - side) / 2;
        var modules = new bool[side, side];
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                modules[row, column] = data.ModuleMatrix[row + quiet][column + quiet];
            }
        }
        return modules;
    }
}
