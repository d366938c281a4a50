using System.Text;
using Ledger.Approvals.Events;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using static Ledger.Tests.Approvals.ApprovalScenario;

namespace Ledger.Tests.Approvals;

public sealed class personal_applicant_data_is_committed_not_hashed
{
    private static readonly EventEnvelope Envelope = new("ApplicationSubmitted", $"approval/{CaseId}", 1, T0, null);

    [Fact]
    public void a_natural_person_applicant_is_committed()
    {
        var person = new ApplicantParty(ApplicantKind.NaturalPerson, "u-person-3", null, "韩梅梅", "420106199202021234", "13700002222");
        var submitted = Accepted(new ApprovalScenario().Run(Submission with { Applicant = person }, Agent));

        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, Envelope, submitted);
        var json = Encoding.UTF8.GetString(canonical.Bytes);

        foreach (var secret in new[] { "韩梅梅", "420106199202021234", "13700002222", "吴十" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
        Assert.Contains("\"matterCode\":\"11420000011082123X4420117211000\"", json, StringComparison.Ordinal);
        Assert.Equal(
            ["/data/applicant/idNumber", "/data/applicant/personName", "/data/applicant/phone", "/data/by/personName"],
            canonical.Disclosures.Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void an_organisation_is_named_in_clear_and_its_contact_committed()
    {
        var json = Encoding.UTF8.GetString(CanonicalEvent.Create(CryptoSuite.Gm, Envelope, Accepted(new ApprovalScenario().Run(Submission, Agent))).Bytes);

        Assert.Contains("\"organisationName\":\"武汉清水科技有限公司\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", json, StringComparison.Ordinal);
        Assert.DoesNotContain("13900001111", json, StringComparison.Ordinal);
        Assert.Contains("\"idNumber\":null", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApplicantKind.NaturalPerson, "韩梅梅", "韩梅梅", "4201", "has no organisation name")]
    [InlineData(ApplicantKind.NaturalPerson, null, "韩梅梅", null, "needs a name and an ID number")]
    [InlineData(ApplicantKind.Organisation, null, null, null, "needs its name")]
    public void an_applicant_that_would_put_a_person_in_clear_or_lacks_a_name_is_refused(
        ApplicantKind kind, string? organisationName, string? personName, string? idNumber, string expected)
    {
        var applicant = new ApplicantParty(kind, "A-1", organisationName, personName, idNumber, null);

        Assert.Contains(expected, Refused(new ApprovalScenario().Run(Submission with { Applicant = applicant }, Agent)).Reason);
    }
}
