using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ledger.Tests.Api;
using Ledger.Tests.Support;

namespace Ledger.Tests.Projections.Views;

public sealed class the_views_are_served_through_the_api_with_paging_and_problem_details(PostgresFixture postgres)
{
    private const string Tender = "LZ-GC-2026-0412";
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_tender_an_operator_and_an_approval_case()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), Start);
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        await PostAsync(centre, "/bidding/enter-project", new { tenderId = Tender, projectName = "兰州新区第三中学教学楼建设工程", tendererId = "org-tenderer", agentId = (string?)null });
        var deadline = Start.AddDays(20);
        await PostAsync(centre, "/bidding/publish-tender-notice", new { tenderId = Tender, ceilingPrice = 48_650_000.00m, bidDeadline = deadline, openingTime = deadline, documentsHash = new string('a', 64), requiredDeposit = (decimal?)null, candidatePublicityDays = 3 });
        var bidder = api.As("bidder-1-agent", "bidder-1", "Bidder");
        await PostAsync(bidder, "/bidding/obtain-documents", new { tenderId = Tender, bidderId = "bidder-1", documentsHash = new string('a', 64) });
        var applicant = api.As("u-applicant-1", "91420100MA4KAGENT1", "Applicant");
        await PostAsync(applicant, "/approvals/submit-application", new
        {
            caseId = "SP-1", matterCode = "11420000011082123X4420117211000", matterName = "取水许可",
            applicant = new { kind = "Organisation", id = "91420100MA4KCOMPANY", organisationName = "武汉清水科技有限公司", personName = "王小明", idNumber = (string?)null, phone = "13900001111" },
        });
        await PostAsync(api.As("u-clerk-1", "HB-ZWFW", "Official"), "/approvals/accept-application", new { caseId = "SP-1" });
        var owner = new { kind = "Organisation", id = "91110108MA01OWNER1", organisationName = "北京中关村科技园运营有限公司", personName = (string?)null, idNumber = (string?)null };
        await PostAsync(centre, "/addresses/list-property", new { propertyId = "P-1", owner, declaredAddress = "海淀区中关村大街1号3层301" });
        await PostAsync(centre, "/addresses/match-property-to-registry", new { propertyId = "P-1", registryRecordNumber = "京(2020)海淀区不动产权第0001234号", matchedFields = new[] { "Owner", "Location" } });
        await PostAsync(centre, "/addresses/assign-standard-address", new { propertyId = "P-1", standardAddressId = "110108-ZGC-0001-0301", text = "北京市海淀区中关村大街1号3层301" });

        var supervisor = api.As("sup-001", "supervisor-gansu", "Supervisor");
        // Before the opening the bid stream's entry (bidder-1 obtained the documents) is withheld from every reader.
        var trail = await ViewAsync(supervisor, $"/views/tenders/{Tender}/trail?page=2&size=1", json => json.GetProperty("total").GetInt32() == 2);
        Assert.Equal((2, 1), (trail.GetProperty("page").GetInt32(), trail.GetProperty("size").GetInt32()));
        var last = Assert.Single(trail.GetProperty("items").EnumerateArray());
        Assert.Equal(("TenderNoticePublished", "op-001", "CentreOperator"),
            (last.GetProperty("type").GetString(), last.GetProperty("actor").GetProperty("personId").GetString(), last.GetProperty("actor").GetProperty("role").GetString()));
        Assert.Equal(Start, last.GetProperty("time").GetDateTimeOffset());
        var receipt = await supervisor.GetAsync($"/receipts/{last.GetProperty("eventId").GetGuid()}", Ct);
        Assert.True(receipt.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"the trail's receipt reference answers {(int)receipt.StatusCode}");
        Assert.DoesNotContain("DocumentsObtained", (await ViewAsync(supervisor, $"/views/tenders/{Tender}/trail", _ => true)).ToString());

        var person = await ViewAsync(supervisor, "/views/actors/persons/op-001", json => json.GetProperty("total").GetInt32() == 5);
        Assert.Equal(["ProjectEntered", "TenderNoticePublished", "PropertyListed", "PropertyMatchedToRegistry", "StandardAddressAssigned"], person.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("type").GetString()));
        var organisation = await ViewAsync(supervisor, "/views/actors/organisations/HB-ZWFW", json => json.GetProperty("total").GetInt32() == 1);
        Assert.Equal("approval/SP-1", organisation.GetProperty("items")[0].GetProperty("stream").GetString());

        var approval = await ViewAsync(supervisor, "/views/approvals/SP-1", json => json.GetProperty("case").GetProperty("status").GetString() == "Accepted");
        Assert.Equal("u-clerk-1", approval.GetProperty("case").GetProperty("accepted").GetProperty("by").GetProperty("personId").GetString());
        Assert.Equal("NoLimitsSet", approval.GetProperty("clock").GetProperty("timeliness").GetString());

        var address = await ViewAsync(supervisor, "/views/addresses/110108-ZGC-0001-0301", _ => true);
        var property = Assert.Single(address.GetProperty("properties").EnumerateArray());
        Assert.Equal(("P-1", "op-001"), (property.GetProperty("id").GetString(), property.GetProperty("listed").GetProperty("by").GetProperty("personId").GetString()));
        var register = await ViewAsync(supervisor, "/views/addresses/properties/P-1", _ => true);
        Assert.False(register.GetProperty("onNegativeList").GetBoolean());

        await AssertProblemAsync(supervisor, "/views/tenders/NO-SUCH/trail", HttpStatusCode.NotFound, "no trail of tender NO-SUCH");
        await AssertProblemAsync(supervisor, "/views/approvals/NO-SUCH", HttpStatusCode.NotFound, "no approval case NO-SUCH");
        await AssertProblemAsync(supervisor, "/views/actors/persons/nobody", HttpStatusCode.NotFound, "no recorded action of person nobody");
        await AssertProblemAsync(supervisor, "/views/addresses/NO-SUCH", HttpStatusCode.NotFound, "no property has standardised address NO-SUCH");
        await AssertProblemAsync(supervisor, $"/views/tenders/{Tender}/trail?size=201", HttpStatusCode.BadRequest, "size 1 to 200");
        await AssertProblemAsync(supervisor, $"/views/tenders/{Tender}/trail?page=0", HttpStatusCode.BadRequest, "page must be 1 or more");
        var unstated = await supervisor.GetAsync($"/views/tenders/{Tender}/trail", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unstated.StatusCode);
        Assert.Contains("purpose", await unstated.Content.ReadAsStringAsync(Ct));
    }

    private static async Task PostAsync(HttpClient client, string path, object command)
    {
        var response = await client.PostAsJsonAsync(path, command, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Polls a view until the daemon has brought it to <paramref name="ready"/>, for at most a minute.</summary>
    private static async Task<JsonElement> ViewAsync(HttpClient client, string path, Func<JsonElement, bool> ready)
    {
        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync(WithPurpose(path), Ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
                if (ready(json))
                {
                    return json;
                }
            }
            else
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"{path} did not catch up within a minute");
    }

    /// <summary>Every view read states its purpose, which is recorded with it.</summary>
    private static string WithPurpose(string path) => $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}purpose=年度监督检查";

    private static async Task AssertProblemAsync(HttpClient client, string path, HttpStatusCode status, string detail)
    {
        var response = await client.GetAsync(WithPurpose(path), Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("detail").GetString());
    }
}
