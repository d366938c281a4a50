using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ledger.Bidding;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api;

/// <summary>
/// Issue 3's first five minutes, through HTTP: a tender from entry to opening with three bidders, a late
/// bid refused and recorded, and every accepted action's receipt verified with only the log's key.
/// </summary>
public sealed class a_tender_recorded_through_the_api_gets_verifiable_receipts(PostgresFixture postgres)
{
    private const string Tender = "LZ-GC-2026-0412";
    private static readonly string DocumentsHash = new('a', 64);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task from_entry_to_opening()
    {
        var start = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, start);
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        var eventIds = new List<Guid>();

        eventIds.AddRange(await Accepted(centre, "/bidding/enter-project", new { tenderId = Tender, projectName = "兰州新区第三中学教学楼建设工程", tendererId = "org-tenderer", agentId = (string?)null }));
        var deadline = start.AddDays(20);
        eventIds.AddRange(await Accepted(centre, "/bidding/publish-tender-notice", new { tenderId = Tender, ceilingPrice = 48_650_000.00m, bidDeadline = deadline, openingTime = deadline, documentsHash = DocumentsHash, requiredDeposit = (decimal?)null, candidatePublicityDays = 3 }));

        var reveals = new List<object>();
        foreach (var (bidder, price) in new[] { ("bidder-1", 47_100_000.00m), ("bidder-2", 46_980_500.50m), ("bidder-3", 48_000_000m) })
        {
            var client = api.As($"{bidder}-agent", bidder, "Bidder");
            eventIds.AddRange(await Accepted(client, "/bidding/obtain-documents", new { tenderId = Tender, bidderId = bidder, documentsHash = DocumentsHash }));
            var nonce = PriceCommitment.NewNonce();
            eventIds.AddRange(await Accepted(client, "/bidding/submit-bid", SubmitBid(bidder, PriceCommitment.Compute(Tender, bidder, price, nonce))));
            reveals.Add(new { bidderId = bidder, price, nonce });
        }

        api.Clock.SetUtcNow(deadline.AddSeconds(1));
        var late = api.As("bidder-4-agent", "bidder-4", "Bidder");
        await Accepted(late, "/bidding/obtain-documents", new { tenderId = Tender, bidderId = "bidder-4", documentsHash = DocumentsHash }, expect: HttpStatusCode.UnprocessableEntity);
        var refusal = await late.PostAsJsonAsync("/bidding/submit-bid", SubmitBid("bidder-4", new string('b', 64)), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusal.StatusCode);
        Assert.Contains("not before the deadline", await refusal.Content.ReadAsStringAsync(Ct));
        Assert.Contains("\"command\":\"SubmitBid\"", await TrailOfAsync(database, "bidder-4-agent"));

        eventIds.AddRange(await Accepted(centre, "/bidding/open-bids", new { tenderId = Tender, reveals, notDecrypted = Array.Empty<string>() }));

        Assert.True(VerifierKey.TryParse((await centre.GetStringAsync("/log/key", Ct)).Trim(), out var key, out _));
        foreach (var id in eventIds)
        {
            var receipt = await SealedReceiptAsync(centre, id);
            var verified = ReceiptVerifier.Verify(receipt, key);
            Assert.True(verified.IsValid, verified.Failure);
        }
        Assert.Equal(9, eventIds.Count);
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

    private static async Task<IReadOnlyList<Guid>> Accepted(HttpClient client, string path, object command, HttpStatusCode expect = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(path, command, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expect == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        if (expect != HttpStatusCode.OK)
        {
            return [];
        }
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("eventId").GetGuid())];
    }

    /// <summary>The canonical events of a person's trail stream, where audit-worthy refusals are recorded.</summary>
    private static async Task<string> TrailOfAsync(string database, string person)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT string_agg(convert_from(canonical, 'UTF8'), '\n') FROM ledger.ledger_events WHERE stream = $1", connection);
        command.Parameters.AddWithValue($"trail/{person}");
        return await command.ExecuteScalarAsync(Ct) as string ?? "";
    }

    private static async Task<string> SealedReceiptAsync(HttpClient client, Guid id)
    {
        for (var i = 0; i < 300; i++)
        {
            var response = await client.GetAsync($"/receipts/{id}", Ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadAsStringAsync(Ct);
            }
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await Task.Delay(50, Ct);
        }
        throw new TimeoutException($"event {id} was not sealed within 15 s");
    }
}
