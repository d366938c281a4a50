using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ledger.Actions;
using Ledger.Api.Hosting;
using Ledger.Store.Embedded;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Ledger.Api.Identity;

/// <summary>
/// Bearer tokens (JWT) from the deployment's identity provider: <c>Ledger:Tokens:Issuer</c>, <c>Ledger:Tokens:Audience</c>
/// and either <c>Ledger:Tokens:Authority</c> (OpenID Connect discovery fetches the keys) or <c>Ledger:Tokens:KeyFiles</c>
/// (PEM public keys, ECDSA or RSA). In Development with neither, the embedded default's <see cref="DevelopmentTokens"/>
/// key is trusted, so <c>ledger tokens issue</c> gives a new user a token for any role. As an option
/// (<c>Ledger:ClientCertificates:Enabled</c>), bidders log in with their CA certificates instead (<see cref="CertificateActor"/>):
/// chains must end at one of <c>Ledger:ClientCertificates:TrustedRootFiles</c> (PEM), revocation is checked online unless
/// <c>Ledger:ClientCertificates:RevocationCheck</c> says Offline or NoCheck, and Kestrel's HTTPS endpoint must ask for
/// client certificates (<c>ClientCertificateMode</c> AllowCertificate).
/// </summary>
public static class IdentitySetup
{
    private const string Scheme = "ledger";

    private static readonly string[] Algorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256];

    public static void AddLedgerIdentity(this WebApplicationBuilder builder)
    {
        var tokens = builder.Configuration.GetSection("Ledger:Tokens");
        var validation = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = Algorithms,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = ActorClaims.Person,
            RoleClaimType = ActorClaims.Role,
        };
        var authority = tokens["Authority"];
        var keyFiles = tokens.GetSection("KeyFiles").GetChildren().Select(f => f.Value!).ToList();
        if (authority is null)
        {
            if (keyFiles.Count > 0)
            {
                validation.ValidIssuer = tokens["Issuer"] ?? throw new InvalidOperationException("Ledger:Tokens:KeyFiles needs Ledger:Tokens:Issuer");
                validation.IssuerSigningKeys = [.. keyFiles.Select(KeyFromPem)];
            }
            else if (builder.Environment.IsDevelopment())
            {
                validation.ValidIssuer = DevelopmentTokens.Issuer;
                validation.IssuerSigningKey = new ECDsaSecurityKey(DevelopmentTokens.LoadOrCreate(DataFolder.Of(builder.Configuration, builder.Environment)).PublicKey);
            }
            else
            {
                throw new InvalidOperationException("no token issuer: set Ledger:Tokens:Authority, or Ledger:Tokens:Issuer with Ledger:Tokens:KeyFiles");
            }
        }
        else
        {
            validation.ValidIssuer = tokens["Issuer"] ?? authority;
        }
        // Outside Development the audience must be this deployment's own, or any token the same provider issued for some
        // other service named "ledger" would pass.
        validation.ValidAudience = tokens["Audience"]
            ?? (builder.Environment.IsDevelopment() ? DevelopmentTokens.Audience : throw new InvalidOperationException("set Ledger:Tokens:Audience: the audience the identity provider issues this ledger's tokens for"));

        var authentication = builder.Services.AddAuthentication(Scheme).AddJwtBearer(options =>
        {
            options.Authority = authority;
            options.MapInboundClaims = false;
            options.TokenValidationParameters = validation;
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (CurrentActor.From(context.Principal!) is null)
                    {
                        context.Fail($"the token must name a person (sub), an organisation (org) and a role (role: one of {string.Join(", ", Enum.GetNames<Role>())})");
                    }
                    return Task.CompletedTask;
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    var detail = context.AuthenticateFailure is { } failure ? $"the bearer token was refused: {Why(failure)}" : "this request needs a bearer token (Authorization: Bearer …)";
                    await TypedResults.Problem(detail, title: "unauthenticated", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext);
                },
            };
        });
        var certificates = builder.Configuration.GetSection("Ledger:ClientCertificates");
        var acceptCertificates = certificates.GetValue<bool>("Enabled");
        if (acceptCertificates)
        {
            authentication.AddCertificate(options => ConfigureCertificates(options, certificates));
        }
        // A bearer token when the request has one, else the client certificate when certificates are accepted.
        authentication.AddPolicyScheme(Scheme, "bearer token or client certificate", options => options.ForwardDefaultSelector = http =>
            acceptCertificates && http.Connection.ClientCertificate is not null && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? CertificateAuthenticationDefaults.AuthenticationScheme
                : JwtBearerDefaults.AuthenticationScheme);
        var centre = builder.Configuration["Ledger:Centre"];
        if (centre is null && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("set Ledger:Centre: the trading centre this ledger serves, whose operators' tokens name it as org");
        }
        builder.Services.AddAuthorization(options => LedgerPolicies.Add(options, centre));
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenRecorder>();
    }

    private static void ConfigureCertificates(CertificateAuthenticationOptions options, IConfigurationSection section)
    {
        options.AllowedCertificateTypes = CertificateTypes.Chained;
        options.ChainTrustValidationMode = X509ChainTrustMode.CustomRootTrust;
        var roots = section.GetSection("TrustedRootFiles").GetChildren().Select(f => f.Value!).ToList();
        if (roots.Count == 0)
        {
            throw new InvalidOperationException("Ledger:ClientCertificates:Enabled needs Ledger:ClientCertificates:TrustedRootFiles (the CAs' root certificates, PEM)");
        }
        foreach (var root in roots)
        {
            options.CustomTrustStore.Add(X509Certificate2.CreateFromPem(File.ReadAllText(root)));
        }
        options.RevocationMode = Enum.Parse<X509RevocationMode>(section["RevocationCheck"] ?? nameof(X509RevocationMode.Online));
        options.Events = new CertificateAuthenticationEvents
        {
            OnCertificateValidated = context =>
            {
                if (CertificateActor.ClaimsOf(context.ClientCertificate) is not { } claims)
                {
                    context.Fail("the client certificate's subject names no organisation (organizationIdentifier or serialNumber)");
                    return Task.CompletedTask;
                }
                context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, context.Scheme.Name, ActorClaims.Person, ActorClaims.Role));
                context.Success();
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                await TypedResults.Problem("the client certificate was refused: its chain does not end at a trusted CA, it is expired or revoked, or its subject names no organisation", title: "unauthenticated", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext);
            },
        };
    }

    /// <summary>One plain reason; IdentityModel's own messages hide their values and name internal codes.</summary>
    private static string Why(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "it has expired",
        SecurityTokenNotYetValidException => "it is not valid yet",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "its signature does not verify with the issuer's keys",
        SecurityTokenInvalidIssuerException => "its issuer is not trusted",
        SecurityTokenInvalidAudienceException => "it is not issued for this ledger (audience)",
        SecurityTokenInvalidAlgorithmException => "its signature algorithm is not accepted",
        SecurityTokenNoExpirationException => "it has no expiry",
        AuthenticationFailureException => failure.Message,
        _ => "it is malformed",
    };

    private static SecurityKey KeyFromPem(string path)
    {
        var pem = File.ReadAllText(path);
        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            ec.Dispose();
        }
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"Ledger:Tokens:KeyFiles: {path} holds no ECDSA or RSA public key in PEM", e);
        }
    }
}
