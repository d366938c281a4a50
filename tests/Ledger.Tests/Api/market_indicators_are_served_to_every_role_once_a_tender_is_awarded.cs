using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ledger.Bidding;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api;

/// <summary>
/// <c>GET /views/markets/indicators</c> over a tender recorded through the API up to its award: its figures, to the
/// public as to oversight, without a recorded read; bad parameters get problem details. It needs <c>app.MapMarkets()</c>
/// in Program.cs.
/// </summary>
public sealed class market_indicators_are_served_to_every_role_once_a_tender_is_awarded(PostgresFixture postgres)
{
    private const string Tender = "LZ-GC-2026-0412";
    private const string Tenderer = "91620102MA72TEND0J";
    private static readonly string DocumentsHash = new('a', 64);
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task from_the_opening_through_the_award()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, Start);
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        await PostAsync(centre, "/bidding/enter-project", new { tenderId = Tender, projectName = "兰州新区第三中学教学楼建设工程", tendererId = Tenderer, agentId = (string?)null });
        var deadline = Start.AddDays(20);
        await PostAsync(centre, "/bidding/publish-tender-notice", new { tenderId = Tender, ceilingPrice = 48_650_000.00m, bidDeadline = deadline, openingTime = deadline, documentsHash = DocumentsHash, requiredDeposit = (decimal?)null, candidatePublicityDays = 3 });
        var reveals = new List<object>();
        // Registered in 城关区 and 七里河区 (Lanzhou) and in Xi'an.
        foreach (var (bidder, price) in new[] { ("91620103MA72BLD01T", 47_100_000.00m), ("91620100MA72BLD02J", 46_980_500.50m), ("91610100MA6XBLD06A", 48_000_000m) })
        {
            var client = api.As($"{bidder}-agent", bidder, "Bidder");
            await PostAsync(client, "/bidding/obtain-documents", new { tenderId = Tender, bidderId = bidder, documentsHash = DocumentsHash });
            var nonce = PriceCommitment.NewNonce();
            await PostAsync(client, "/bidding/submit-bid", SubmitBid(bidder, PriceCommitment.Compute(Tender, bidder, price, nonce)));
            reveals.Add(new { bidderId = bidder, price, nonce });
        }
        api.Clock.SetUtcNow(deadline);
        await PostAsync(centre, "/bidding/open-bids", new { tenderId = Tender, reveals, notDecrypted = Array.Empty<string>() });
        await PostAsync(centre, "/bidding/draw-expert-panel", new { tenderId = Tender, experts = new[] { "E-1", "E-2", "E-3" }, avoidances = Array.Empty<object>() });
        await PostAsync(centre, "/bidding/submit-evaluation-report", new { tenderId = Tender, reportHash = new string('b', 64), candidates = new[] { new { rank = 1, bidderId = "91620100MA72BLD02J", score = (decimal?)null } } });

        api.Clock.SetUtcNow(deadline.AddDays(1));
        await PostAsync(centre, "/bidding/publish-candidates", new { tenderId = Tender, publicityEnd = deadline.AddDays(4) });
        api.Clock.SetUtcNow(deadline.AddDays(4));
        await PostAsync(centre, "/bidding/notify-award", new { tenderId = Tender, winnerId = "91620100MA72BLD02J" });

        var auditor = api.As("aud-001", "audit-gansu", "Auditor");
        var path = "/views/markets/indicators?period=month";
        var indicators = await CaughtUpAsync(auditor, path);
        var month = Assert.Single(indicators.EnumerateArray());
        // Opened at 09:00 on 21 December in Lanzhou; one winner (HHI 1); the Xi'an bidder is one of three from outside 620100.
        Assert.Equal(("620100", "2026-12", 1, 3, 3), (month.GetProperty("region").GetString(), month.GetProperty("period").GetString(),
            month.GetProperty("tenders").GetInt32(), month.GetProperty("bids").GetInt32(), month.GetProperty("distinctBidders").GetInt32()));
        Assert.Equal((3.0, 1.0, 1 / 3d), (month.GetProperty("biddersPerTender").GetDouble(), month.GetProperty("concentration").GetDouble(), month.GetProperty("openness").GetDouble()));

        var county = Assert.Single((await GetAsync(api.As("pub-001", "public", "Public"), "/views/markets/indicators?period=year&level=county&region=620102&from=2026-12-21&to=2026-12-21")).EnumerateArray());
        Assert.Equal(("2026", 1.0), (county.GetProperty("period").GetString(), county.GetProperty("openness").GetDouble()));
        Assert.Equal(0, (await GetAsync(auditor, "/views/markets/indicators?period=quarter&to=2026-12-20")).GetArrayLength());
        Assert.Equal(0L, await DataReadsAsync(database));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync(path, Ct)).StatusCode);
        await AssertProblemAsync(auditor, "/views/markets/indicators", "period must be month, quarter or year");
        await AssertProblemAsync(auditor, "/views/markets/indicators?period=1", "period must be month, quarter or year");
        await AssertProblemAsync(auditor, "/views/markets/indicators?period=month&level=district", "level must be county, city or province");
        await AssertProblemAsync(auditor, "/views/markets/indicators?period=month&region=620102", "at the city level");
        await AssertProblemAsync(auditor, "/views/markets/indicators?period=month&from=2026-13-01", "from must be a date yyyy-MM-dd");
        await AssertProblemAsync(auditor, "/views/markets/indicators?period=month&from=2026-12-02&to=2026-12-01", "is after to");
    }

    private static object SubmitBid(string bidder, string commitment) => new
    {
        tenderId = Tender,
        bidderId = bidder,
        fileHash = new string('c', 64),
        fileSize = 18_452_731L,
        signature = Convert.ToBase64String(new byte[64]),
        certificateSerial = "CA-2026-000123",
        features = new { macAddress = "00-1A-2B-3C-4D-5E", cpuId = "BFEBFBFF000906EA", diskSerial = "WD-WCC4N7", dongleSerial = (string?)null, ipAddress = "10.12.34.56", creatingSoftware = "广联达GCCP6.0" },
        priceCommitment = commitment,
    };

    private static async Task PostAsync(HttpClient client, string path, object command)
    {
        var response = await client.PostAsJsonAsync(path, command, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Polls until the daemon has projected the award, for at most a minute.</summary>
    private static async Task<JsonElement> CaughtUpAsync(HttpClient client, string path)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await GetAsync(client, path) is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0)
            {
                return list;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"{path} did not catch up within a minute");
    }

    private static async Task AssertProblemAsync(HttpClient client, string path, string detail)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("detail").GetString());
    }

    private static async Task<long> DataReadsAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM ledger.ledger_events WHERE type = 'DataRead'", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
