using System.Net;
using System.Net.Http.Json;
using Ledger.Bidding;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Api;

/// <summary>
/// The submit-bid body carries the project manager and contact, both optional, each whole when given: a malformed phone
/// or number is refused by its rule (422), a project manager without a number or with an unknown member does not read as
/// the command (400), and a refusal writes no personal value.
/// </summary>
public sealed class a_bid_names_its_project_manager_and_contact_through_the_api(PostgresFixture postgres)
{
    private const string Tender = "LZ-GC-2026-0507";
    private static readonly string DocumentsHash = new('a', 64);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task accepted_when_well_formed_and_refused_with_problem_details_otherwise()
    {
        var start = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, start);
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        await Expect(centre, "/bidding/enter-project", new { tenderId = Tender, projectName = "兰州新区第三中学体育馆建设工程", tendererId = "org-tenderer", agentId = (string?)null }, HttpStatusCode.OK, "events");
        var deadline = start.AddDays(20);
        await Expect(centre, "/bidding/publish-tender-notice", new { tenderId = Tender, ceilingPrice = 9_650_000.00m, bidDeadline = deadline, openingTime = deadline, documentsHash = DocumentsHash, requiredDeposit = (decimal?)null, candidatePublicityDays = 3 }, HttpStatusCode.OK, "events");
        var bidder = api.As("bidder-1-agent", "bidder-1", "Bidder");
        await Expect(bidder, "/bidding/obtain-documents", new { tenderId = Tender, bidderId = "bidder-1", documentsHash = DocumentsHash }, HttpStatusCode.OK, "events");
        var manager = new { name = "张建国", credential = "ConstructorCertificate", number = "甘162101234567" };
        var contact = new { name = "李联系", phone = "0931-8888123" };

        await Expect(bidder, "/bidding/submit-bid", Bid(manager, new { name = "李联系", phone = "0931-88" }), HttpStatusCode.UnprocessableEntity,
            "has 6 digits and is neither a mainland mobile number");
        await Expect(bidder, "/bidding/submit-bid", Bid(manager with { number = "甘16-21" }, contact), HttpStatusCode.UnprocessableEntity,
            "is not a registered constructor");
        await Expect(bidder, "/bidding/submit-bid", Bid(new { name = "张建国", credential = "ConstructorCertificate" }, contact), HttpStatusCode.BadRequest, "number");
        await Expect(bidder, "/bidding/submit-bid", Bid(new { name = "张建国", credential = "Passport", number = "E12345678" }, contact), HttpStatusCode.BadRequest, "credential");
        await Expect(bidder, "/bidding/submit-bid", Bid(manager, new { name = "李联系", phone = "0931-8888123", email = "li@example.com" }), HttpStatusCode.BadRequest, "email");
        Assert.Equal(0L, await PersonalRowsAsync(database));

        await Expect(bidder, "/bidding/submit-bid", Bid(manager, contact), HttpStatusCode.OK, "events");

        Assert.Equal(4L, await PersonalRowsAsync(database));
        var openApi = await api.CreateClient().GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("\"projectManager\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"IdentityCard\"", openApi, StringComparison.Ordinal);
    }

    private static object Bid(object? manager, object? contact) => new
    {
        tenderId = Tender,
        bidderId = "bidder-1",
        fileHash = new string('c', 64),
        fileSize = 18_452_731L,
        signature = Convert.ToBase64String(new byte[64]),
        certificateSerial = "CA-2026-000123",
        features = new { macAddress = "00-1A-2B-3C-4D-5E", cpuId = "BFEBFBFF000906EA", diskSerial = "WD-WCC4N7", dongleSerial = (string?)null, ipAddress = "10.12.34.56", creatingSoftware = "广联达GCCP6.0" },
        priceCommitment = PriceCommitment.Compute(Tender, "bidder-1", 9_100_000m, PriceCommitment.NewNonce()),
        projectManager = manager,
        contact,
    };

    private static async Task Expect(HttpClient client, string path, object body, HttpStatusCode status, string contains)
    {
        var response = await client.PostAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"{path}: {(int)response.StatusCode} {text}");
        if (status != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Contains(contains, text, StringComparison.Ordinal);
    }

    /// <summary>Personal values held beside the bid stream's events: the refusals must have written none.</summary>
    private static async Task<long> PersonalRowsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM ledger.ledger_personal p JOIN ledger.ledger_events e ON e.event_id = p.event_id WHERE e.stream = 'bid/LZ-GC-2026-0507/bidder-1' AND starts_with(p.path, '/data/')", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
