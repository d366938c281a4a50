using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ledger.Actions;
using Ledger.Evidence.Keys;

namespace Ledger.Store.Embedded;

/// <summary>
/// The development token issuer of the embedded default: an ECDSA P-256 key kept beside the embedded store
/// (<c>dev-tokens.pem</c>, owner-only, made on first use) that signs ES256 JWTs for any role, so a new user can try every
/// role without an identity provider. The API trusts this key only in Development; real deployments configure their
/// identity provider's issuer and keys.
/// </summary>
public sealed class DevelopmentTokens
{
    public const string Issuer = "ledger-development";
    public const string Audience = "ledger";

    private readonly ECDsa key;

    private DevelopmentTokens(ECDsa key) => this.key = key;

    public static string PathIn(string folder) => Path.Combine(folder, "dev-tokens.pem");

    public static DevelopmentTokens LoadOrCreate(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = PathIn(folder);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
            return new DevelopmentTokens(key);
        }
        SecretFile.WriteNew(path, key.ExportECPrivateKeyPem());
        return new DevelopmentTokens(key);
    }

    /// <summary>The public key tokens are checked with.</summary>
    public ECDsa PublicKey
    {
        get
        {
            var copy = ECDsa.Create();
            copy.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
            return copy;
        }
    }

    /// <summary>A signed token naming <paramref name="actor"/>, valid from <paramref name="now"/> for <paramref name="lifetime"/>.</summary>
    public string Issue(Actor actor, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var header = new Dictionary<string, object> { ["alg"] = "ES256", ["typ"] = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            [ActorClaims.Person] = actor.PersonId,
            [ActorClaims.Organisation] = actor.Organisation,
            [ActorClaims.Role] = actor.Role.ToString(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        if (actor.PersonName is { } name)
        {
            payload[ActorClaims.Name] = name;
        }
        var signingInput = $"{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        // JWS ES256 signatures are r‖s (IEEE P1363), which is what SignData gives by default.
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }
}
