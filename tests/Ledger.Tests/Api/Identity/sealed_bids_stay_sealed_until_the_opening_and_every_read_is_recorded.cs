using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ledger.Bidding;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Packages;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api.Identity;

/// <summary>
/// Sealed-bid secrecy through HTTP: before the opening no one, the centre's operator included, reads a bid (a bidder
/// reads only its own), the panel stays secret from the tenderer, and each refused attempt is recorded in the reader's
/// trail; after the opening the oversight bodies read the prices, recorded with their stated purpose; a court exports the
/// tender's evidence package, which verifies offline, and the export is recorded too.
/// </summary>
public sealed class sealed_bids_stay_sealed_until_the_opening_and_every_read_is_recorded(PostgresFixture postgres)
{
    private const string Tender = "LZ-GC-2026-0520";
    private static readonly string DocumentsHash = new('a', 64);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task before_and_after_the_opening()
    {
        var start = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, start);
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        await PostAsync(centre, "/bidding/enter-project", new { tenderId = Tender, projectName = "兰州新区第五小学运动场改造工程", tendererId = "org-tenderer", agentId = (string?)null });
        var deadline = start.AddDays(20);
        await PostAsync(centre, "/bidding/publish-tender-notice", new { tenderId = Tender, ceilingPrice = 9_800_000.00m, bidDeadline = deadline, openingTime = deadline, documentsHash = DocumentsHash, requiredDeposit = (decimal?)null, candidatePublicityDays = 3 });
        var reveals = new List<object>();
        var bidEvents = new List<Guid>();
        foreach (var (bidder, price) in new[] { ("bidder-1", 9_100_000.00m), ("bidder-2", 9_250_000.00m), ("bidder-3", 9_420_000.00m) })
        {
            var client = api.As($"{bidder}-agent", bidder, "Bidder");
            await PostAsync(client, "/bidding/obtain-documents", new { tenderId = Tender, bidderId = bidder, documentsHash = DocumentsHash });
            var nonce = PriceCommitment.NewNonce();
            bidEvents.Add(await PostAsync(client, "/bidding/submit-bid", SubmitBid(bidder, PriceCommitment.Compute(Tender, bidder, price, nonce))));
            reveals.Add(new { bidderId = bidder, price, nonce });
        }
        var tenderer = api.As("tenderer-clerk", "org-tenderer", "Tenderer");
        var bidder1 = api.As("bidder-1-agent", "bidder-1", "Bidder");

        await ExpectAsync(centre, $"/bidding/tenders/{Tender}/bids?purpose=开标准备", HttpStatusCode.Forbidden, "sealed until the opening");
        await ExpectAsync(tenderer, $"/bidding/tenders/{Tender}/bids/bidder-2?purpose=查看", HttpStatusCode.Forbidden, "sealed until the opening");
        await ExpectAsync(bidder1, $"/bidding/tenders/{Tender}/bids/bidder-2", HttpStatusCode.Forbidden, "sealed until the opening");
        await ExpectAsync(bidder1, $"/bidding/tenders/{Tender}/bids/{new string('b', 250)}", HttpStatusCode.BadRequest, "200");
        await ExpectAsync(tenderer, $"/bidding/tenders/{Tender}/panel?purpose=查看", HttpStatusCode.Forbidden, "secret until the result");
        using (var own = JsonDocument.Parse(await ExpectAsync(bidder1, $"/bidding/tenders/{Tender}/bids/bidder-1?purpose=核对本单位投标", HttpStatusCode.OK, "bidder-1")))
        {
            var bid = Assert.Single(own.RootElement.EnumerateArray());
            Assert.Equal(JsonValueKind.Null, bid.GetProperty("price").ValueKind);
            Assert.Equal(64, bid.GetProperty("priceCommitment").GetString()!.Length);
        }
        var supervisor = api.As("sup-3", "supervisor-gansu", "Supervisor");
        await ExpectAsync(supervisor, $"/receipts/{bidEvents[1]}", HttpStatusCode.NotFound, "of yours");
        Assert.True((await bidder1.GetAsync($"/receipts/{bidEvents[0]}", Ct)).StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted);
        Assert.DoesNotContain("bid/", await TrailViewAsync(supervisor, 2));
        Assert.DoesNotContain("bid/", await ViewAsync(supervisor, "/views/actors/organisations/bidder-1", 1));
        var early = api.As("judge-11", "court-lanzhou-intermediate", "Court");
        for (var i = 0; ; i++)
        {
            using var response = await early.PostAsJsonAsync("/evidence/packages", Order(), Ct);
            if (response.StatusCode == HttpStatusCode.Conflict && i < 100)
            {
                await Task.Delay(100, Ct);
                continue;
            }
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("sealed until its opening", await response.Content.ReadAsStringAsync(Ct));
            break;
        }
        Assert.Equal(["Denied"], await ReadOutcomesAsync(database, "judge-11"));
        Assert.Equal(["Denied"], await ReadOutcomesAsync(database, "op-001"));
        Assert.Equal(["Denied", "Denied"], await ReadOutcomesAsync(database, "tenderer-clerk"));
        Assert.Equal(["Denied", "Granted"], await ReadOutcomesAsync(database, "bidder-1-agent"));

        api.Clock.SetUtcNow(deadline.AddSeconds(1));
        await PostAsync(centre, "/bidding/open-bids", new { tenderId = Tender, reveals, notDecrypted = Array.Empty<string>() });
        var inspector = api.As("jw-007", "discipline-lanzhou", "DisciplineInspector");
        await ExpectAsync(inspector, $"/bidding/tenders/{Tender}/bids", HttpStatusCode.BadRequest, "purpose");
        using (var opened = JsonDocument.Parse(await ExpectAsync(inspector, $"/bidding/tenders/{Tender}/bids?purpose=线索核查 2026-17", HttpStatusCode.OK, "bidder-3")))
        {
            Assert.Equal([9_100_000.00m, 9_250_000.00m, 9_420_000.00m], opened.RootElement.EnumerateArray().Select(b => b.GetProperty("price").GetDecimal()));
        }
        Assert.Equal(["Granted"], await ReadOutcomesAsync(database, "jw-007"));
        await ExpectAsync(tenderer, $"/bidding/tenders/{Tender}/bids?purpose=开标结果", HttpStatusCode.OK, "bidder-2");
        await ExpectAsync(api.As("other-clerk", "org-other-tenderer", "Tenderer"), $"/bidding/tenders/{Tender}/bids?purpose=查看", HttpStatusCode.Forbidden, "not a party");
        await ExpectAsync(api.As("b9-agent", "bidder-9", "Bidder"), $"/bidding/tenders/{Tender}/bids?purpose=查看", HttpStatusCode.Forbidden, "not a party");
        Assert.Contains("bid/", await TrailViewAsync(supervisor, 10));
        Assert.Contains("bid/", await ViewAsync(supervisor, "/views/actors/organisations/bidder-1", 3));
        Assert.True((await supervisor.GetAsync($"/receipts/{bidEvents[1]}", Ct)).StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted);
        Assert.Contains("线索核查 2026-17", await TrailAsync(database, "jw-007"));

        var court = api.As("judge-12", "court-lanzhou-intermediate", "Court");
        Assert.Equal(HttpStatusCode.Forbidden, (await bidder1.PostAsJsonAsync("/evidence/packages", Order(), Ct)).StatusCode);
        var package = await ExportAsync(court);
        var verified = PackageVerifier.Verify(package.Bytes, Keyring.Trusting([api.LogKey()]));
        Assert.True(verified.IsValid, verified.Failure);
        Assert.Equal(package.Code, verified.Value!.VerificationCode);
        Assert.Contains("(2026)甘01刑初12号", await TrailAsync(database, "judge-12"));
    }

    /// <summary>The tender's trail once the daemon shows at least <paramref name="entries"/> entries.</summary>
    private static Task<string> TrailViewAsync(HttpClient client, int entries) => ViewAsync(client, $"/views/tenders/{Tender}/trail", entries);

    /// <summary>A view once the daemon shows at least <paramref name="entries"/> entries.</summary>
    private static async Task<string> ViewAsync(HttpClient client, string path, int entries)
    {
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync($"{path}?purpose=监督检查&size=200", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() >= entries)
            {
                return body;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"{path} did not catch up within 30 s");
    }

    private static object Order() => new { scope = new { kind = "tender", id = Tender }, caseReference = "(2026)甘01刑初12号" };

    /// <summary>The package once every event of the tender is sealed (409 with Retry-After until then).</summary>
    private static async Task<(byte[] Bytes, string Code)> ExportAsync(HttpClient court)
    {
        for (var i = 0; i < 100; i++)
        {
            using var response = await court.PostAsJsonAsync("/evidence/packages", Order(), Ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
                return (await response.Content.ReadAsByteArrayAsync(Ct), response.Headers.GetValues("X-Ledger-Verification-Code").Single());
            }
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync(Ct));
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException("the tender was not sealed within 10 s");
    }

    private static object SubmitBid(string bidder, string commitment) => new
    {
        tenderId = Tender,
        bidderId = bidder,
        fileHash = new string('c', 64),
        fileSize = 8_452_731L,
        signature = Convert.ToBase64String(new byte[64]),
        certificateSerial = "CA-2026-000321",
        features = new { macAddress = $"00-1A-2B-3C-4D-{bidder[^1]}E", cpuId = "BFEBFBFF000906EA", diskSerial = $"WD-{bidder}", dongleSerial = (string?)null, ipAddress = $"10.12.34.{bidder[^1]}", creatingSoftware = "广联达GCCP6.0" },
        priceCommitment = commitment,
    };

    /// <summary>Posts a command the rules accept and returns its first event's id.</summary>
    private static async Task<Guid> PostAsync(HttpClient client, string path, object command)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(command) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("events")[0].GetProperty("eventId").GetGuid();
    }

    private static async Task<string> ExpectAsync(HttpClient client, string path, HttpStatusCode status, string contains)
    {
        using var response = await client.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Contains(contains, body);
        return body;
    }

    /// <summary>The outcomes of the reads recorded in a person's trail, in order.</summary>
    private static async Task<IReadOnlyList<string>> ReadOutcomesAsync(string database, string person)
    {
        var outcomes = new List<string>();
        foreach (var line in (await TrailAsync(database, person)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("type").GetString() == "DataRead")
            {
                outcomes.Add(json.RootElement.GetProperty("data").GetProperty("outcome").GetString()!);
            }
        }
        return outcomes;
    }

    private static async Task<string> TrailAsync(string database, string person)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT string_agg(convert_from(canonical, 'UTF8'), '\n' ORDER BY version) FROM ledger.ledger_events WHERE stream = $1", connection);
        command.Parameters.AddWithValue($"trail/{person}");
        return await command.ExecuteScalarAsync(Ct) as string ?? "";
    }
}
