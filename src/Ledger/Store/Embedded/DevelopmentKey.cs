using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Store.Embedded;

/// <summary>
/// The development signing key kept beside the embedded store's data folder (<c>dev-{suite}.key</c>, owner-only), made
/// on first use, so the API and the tools working on the same embedded store sign for one log. Development only.
/// </summary>
public static class DevelopmentKey
{
    /// <summary>Where the key of <paramref name="suite"/> lives in <paramref name="folder"/>; its verifier key is beside it with <c>.vkey</c>.</summary>
    public static string PathIn(string folder, CryptoSuite suite) => Path.Combine(folder, $"dev-{suite.Name}.key");

    public static SignerKey LoadOrCreate(string folder, string origin, CryptoSuite suite, out bool created)
    {
        Directory.CreateDirectory(folder);
        var path = PathIn(folder, suite);
        created = !File.Exists(path);
        if (created)
        {
            SignerKeyLoader.WriteNew(path, SignerKey.Generate(origin, suite.Signature));
        }
        return SignerKeyLoader.FromFile(path);
    }
}
