using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ledger.Addresses.Certificates;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Packages;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api.Addresses;

/// <summary>
/// Case 24 over HTTP: the owner's confirmation issues a certificate at once; an applicant reads its status and cites
/// it; its package verifies offline once sealed; after the owner withdraws, every later look shows it withdrawn and
/// the registration's check fails.
/// </summary>
public sealed class an_address_certificate_is_checked_over_http_by_its_number(PostgresFixture postgres)
{
    private const string Property = "HD-P-0301";
    private const string Address = "110108-ZGC-0001-0301";
    private const string OwnerCode = "91110108MA01OWNER1";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task before_and_after_the_owners_withdrawal()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "HD-ZWFW", "CentreOperator");
        var owner = api.As("u-owner-1", OwnerCode, "PropertyOwner");
        var applicant = api.As("u-applicant-1", "91110108MA01AGENT1", "Applicant");
        var official = api.As("u-official-1", "HD-AMR", "Official");

        await AcceptedAsync(centre, "list-property", new { propertyId = Property, owner = new { kind = "Organisation", id = OwnerCode, organisationName = "北京中关村科技园运营有限公司" }, declaredAddress = "海淀区中关村大街1号3层301" });
        await AcceptedAsync(centre, "match-property-to-registry", new { propertyId = Property, registryRecordNumber = "京(2020)海淀区不动产权第0001234号", matchedFields = new[] { "Owner", "Location", "Use" } });
        await AcceptedAsync(centre, "assign-standard-address", new { propertyId = Property, standardAddressId = Address, text = "北京市海淀区中关村大街1号3层301" });
        var confirmation = await AcceptedAsync(owner, "give-owner-confirmation", new { propertyId = Property, standardAddressId = Address });
        var number = CertificateNumbers.Issue(Property, 1);

        var valid = await CertificateAsync(applicant, number);
        Assert.Equal("Valid", valid.GetProperty("status").GetString());
        Assert.Equal(confirmation, valid.GetProperty("confirmationEventId").GetGuid());
        Assert.Equal("京(2020)海淀区不动产权第0001234号", valid.GetProperty("registryRecordNumber").GetString());
        Assert.Equal("北京市海淀区中关村大街1号3层301", valid.GetProperty("standardAddressText").GetString());

        await AcceptedAsync(applicant, "apply-for-registration", new { applicationId = "R-1", companyName = "北京云账本科技有限公司", unifiedCreditCode = (string?)null, legalRepresentativeName = "李雷", legalRepresentativeIdNumber = "110108199001011234", propertyId = Property, standardAddressId = Address, certificateNumber = number });

        var package = await SealedPackageAsync(official, number);
        Assert.True(VerifierKey.TryParse((await official.GetStringAsync("/log/key", Ct)).Trim(), out var key, out _));
        var verified = PackageVerifier.Verify(package, Keyring.Trusting([key!]));
        Assert.True(verified.IsValid, verified.Failure);

        await AcceptedAsync(owner, "withdraw-owner-confirmation", new { propertyId = Property, reason = "lease ended" });

        var withdrawn = await CertificateAsync(official, number);
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal("lease ended", withdrawn.GetProperty("withdrawalReason").GetString());
        Assert.NotEqual(JsonValueKind.Null, withdrawn.GetProperty("withdrawnAt").ValueKind);
        var check = await official.PostAsJsonAsync("/addresses/check-registration", new { applicationId = "R-1", objections = Array.Empty<string>() }, Ct);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var refusal = await applicant.PostAsJsonAsync("/addresses/apply-for-registration", new { applicationId = "R-2", companyName = "北京另一科技有限公司", unifiedCreditCode = (string?)null, legalRepresentativeName = "韩梅梅", legalRepresentativeIdNumber = "110108199202021234", propertyId = Property, standardAddressId = Address, certificateNumber = number }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusal.StatusCode);
        Assert.Contains($"the owner withdrew confirmation {number} of property {Property}", await refusal.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task an_unknown_or_malformed_number_is_a_problem_and_bidders_may_not_look()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);
        var applicant = api.As("u-applicant-1", "91110108MA01AGENT1", "Applicant");

        var unknown = await applicant.GetAsync($"/addresses/certificates/{CertificateNumbers.Issue("nowhere", 1)}", Ct);
        var tooLong = await applicant.GetAsync($"/addresses/certificates/{new string('A', CertificateNumbers.MaxLength + 1)}", Ct);
        var bidder = await api.As("b-1", "bidder-1", "Bidder").GetAsync($"/addresses/certificates/{CertificateNumbers.Issue("nowhere", 1)}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bidder.StatusCode);
    }

    private static async Task<Guid> AcceptedAsync(HttpClient client, string command, object body)
    {
        var response = await client.PostAsJsonAsync($"/addresses/{command}", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("events")[0].GetProperty("eventId").GetGuid();
    }

    private static async Task<JsonElement> CertificateAsync(HttpClient client, string number)
    {
        var response = await client.GetAsync($"/addresses/certificates/{number}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The package once its events are sealed: 409 with Retry-After until then.</summary>
    private static async Task<byte[]> SealedPackageAsync(HttpClient client, string number)
    {
        for (var i = 0; i < 150; i++)
        {
            var response = await client.GetAsync($"/addresses/certificates/{number}/package?purpose=HD-REG-2026-001", Ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
                return await response.Content.ReadAsByteArrayAsync(Ct);
            }
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"the package of certificate {number} was not sealed within 15 s");
    }
}
