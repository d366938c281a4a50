using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ledger.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Tests.Api.Identity;

/// <summary>
/// Client certificates, the option for bidders who hold CA certificates: a certificate chained to a configured root logs
/// in as a bidder of the organisation its subject names by credit code; an untrusted chain or a subject without an
/// organisation is unauthenticated. The test server has no TLS, so the certificate reaches the connection through a
/// test-only header, as Kestrel would hand it over after the handshake, and the request is marked HTTPS.
/// </summary>
public sealed class a_bidder_logs_in_with_its_ca_certificate(PostgresFixture postgres) : IDisposable
{
    private const string CertificateHeader = "X-Test-Client-Certificate";
    private const string CreditCode = "91620100MA72XXXX3K";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ledger-ca-");

    [Fact]
    public async Task as_the_organisation_its_subject_names()
    {
        using var root = Authority("CN=甘肃省数字证书认证中心测试根");
        using var stranger = Authority("CN=Unknown CA");
        var rootFile = Path.Combine(folder.FullName, "root.pem");
        await File.WriteAllTextAsync(rootFile, root.ExportCertificatePem(), Ct);
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, DateTimeOffset.UtcNow);
        using var withCertificates = api.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Ledger:ClientCertificates:Enabled", "true");
            builder.UseSetting("Ledger:ClientCertificates:TrustedRootFiles:0", rootFile);
            builder.UseSetting("Ledger:ClientCertificates:RevocationCheck", "NoCheck");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new CertificateFromHeader()));
        });
        var ready = withCertificates.CreateClient();
        for (var i = 0; i < 600 && !(await ready.GetAsync("/health/ready", Ct)).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100, Ct);
        }

        using var bidder = Issue(root, $"CN=张三, O=甘肃示例建设工程有限公司, OID.2.5.4.97={CreditCode}");
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(withCertificates, bidder, $"/receipts/{Guid.NewGuid()}"));
        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(withCertificates, bidder, "/views/warnings?purpose=x"));
        await using (var connection = new Npgsql.NpgsqlConnection(database))
        {
            await connection.OpenAsync(Ct);
            await using var trail = new Npgsql.NpgsqlCommand(
                "SELECT convert_from(canonical, 'UTF8') FROM ledger.ledger_events WHERE starts_with(stream, 'trail/cert-') AND type = 'ActionRefused'", connection);
            var refused = Assert.IsType<string>(await trail.ExecuteScalarAsync(Ct));
            Assert.Contains($"\"organisation\":\"{CreditCode}\"", refused);
            Assert.Contains("\"role\":\"Bidder\"", refused);
            Assert.DoesNotContain("张三", refused);
        }

        using var untrusted = Issue(stranger, $"CN=李四, OID.2.5.4.97={CreditCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(withCertificates, untrusted, $"/receipts/{Guid.NewGuid()}"));
        using var nameless = Issue(root, "CN=王五, O=某公司");
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(withCertificates, nameless, $"/receipts/{Guid.NewGuid()}"));
        Assert.Equal(HttpStatusCode.NotFound, await GetWithTokenAsync(withCertificates, api, $"/receipts/{Guid.NewGuid()}"));
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static async Task<HttpStatusCode> GetAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Ledger.Api.Hosting.LedgerRuntime> factory, X509Certificate2 certificate, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(CertificateHeader, Convert.ToBase64String(certificate.RawData));
        using var response = await factory.CreateClient().SendAsync(request, Ct);
        return response.StatusCode;
    }

    /// <summary>Bearer tokens still work beside certificates.</summary>
    private static async Task<HttpStatusCode> GetWithTokenAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Ledger.Api.Hosting.LedgerRuntime> factory, LedgerApi api, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.Token(new Ledger.Actions.Actor("a-1", null, "audit", Ledger.Actions.Role.Auditor)));
        using var response = await factory.CreateClient().SendAsync(request, Ct);
        return response.StatusCode;
    }

    private static X509Certificate2 Authority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static X509Certificate2 Issue(X509Certificate2 authority, string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(30), RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>Hands the test header's certificate to the connection, before authentication runs.</summary>
    private sealed class CertificateFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate following) =>
            {
                if (http.Request.Headers[CertificateHeader].ToString() is { Length: > 0 } encoded)
                {
                    http.Connection.ClientCertificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(encoded));
                    // Client certificates come only with TLS; the handler ignores them on plain HTTP.
                    http.Request.Scheme = "https";
                }
                return following(http);
            });
            next(app);
        };
    }
}
