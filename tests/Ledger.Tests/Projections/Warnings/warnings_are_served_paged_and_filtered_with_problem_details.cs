using System.Net;
using System.Text.Json;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Tests.Api;
using Ledger.Tests.Projections.Views;
using Ledger.Tests.Support;
using BiddingClock = Ledger.Tests.Bidding.Clock;

namespace Ledger.Tests.Projections.Warnings;

public sealed class warnings_are_served_paged_and_filtered_with_problem_details(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task by_rule_family_subject_and_tender()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, BiddingClock.Entry);
        await api.WaitUntilReadyAsync(Ct);
        // The test records through the store beside the API's; the API's daemon projects what it records.
        await using (var ledger = await ViewLedger.OpenAsync(database, BiddingClock.Entry))
        {
            var shared = PlannedBid.Own("B-2", 987_654.32m, 2) with { Features = PlannedBid.Machine(1) };
            var tenders = await new RecordedTenders(ledger).BidAsync(
                ("T-A", [PlannedBid.Own("B-1", 903_456.78m, 1), shared, PlannedBid.Own("B-3", 988_765.43m, 3), PlannedBid.Own("B-4", 989_876.54m, 4)]),
                ("T-B", [PlannedBid.Own("B-1", 831_234.56m, 11), PlannedBid.Own("B-5", 871_111.11m, 5) with { Features = PlannedBid.Machine(11) }, PlannedBid.Own("B-6", 959_876.54m, 6)]));
            await tenders.OpenAsync("T-A", "T-B");
        }
        var client = api.As("sup-001", "supervisor-gansu", "Supervisor");

        var all = await GetAsync(client, "/views/warnings?family=bidding&size=200", json => json.GetProperty("total").GetInt32() >= 6);
        var total = all.GetProperty("total").GetInt32();
        double[] scores = [.. all.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("score").GetDouble())];
        Assert.Equal(scores.OrderDescending(), scores);

        var second = await GetAsync(client, "/views/warnings?family=bidding&page=2&size=2", _ => true);
        Assert.Equal((2, 2, total), (second.GetProperty("page").GetInt32(), second.GetProperty("size").GetInt32(), second.GetProperty("total").GetInt32()));
        Assert.Equal(
            all.GetProperty("items").EnumerateArray().Skip(2).Take(2).Select(w => w.GetProperty("id").GetString()),
            second.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetString()));

        var featureCodes = await GetAsync(client, $"/views/warnings?rule={SharedIdentifierDetector.SharedFeatureCode.Id}", _ => true);
        Assert.Equal(["T-A:B-1+B-2", "T-B:B-1+B-5"], featureCodes.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("subject").GetString()).Order());
        var ofB = await GetAsync(client, "/views/warnings?subject=T-B", _ => true);
        Assert.All(ofB.GetProperty("items").EnumerateArray(), w => Assert.StartsWith("T-B", w.GetProperty("subject").GetString()));
        Assert.Equal(1, ofB.GetProperty("total").GetInt32());

        var tender = await GetAsync(client, "/views/tenders/T-A/warnings", _ => true);
        var rules = tender.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("rule").GetString()).ToList();
        Assert.Contains(BidDetector.LowVariation.Id, rules);
        Assert.Contains(SharedIdentifierDetector.SharedFeatureCode.Id, rules);
        Assert.All(tender.GetProperty("items").EnumerateArray(), w => Assert.Equal("T-A", w.GetProperty("tenderId").GetString()));
        Assert.Equal(JsonValueKind.Array, (await GetAsync(client, "/views/warnings/network", _ => true)).ValueKind);

        await AssertProblemAsync(client, "/views/warnings?family=tax", HttpStatusCode.BadRequest, "family must be one of bidding, address, approval");
        await AssertProblemAsync(client, "/views/warnings?size=0", HttpStatusCode.BadRequest, "size 1 to 200");
        await AssertProblemAsync(client, "/views/tenders/NO-SUCH/warnings", HttpStatusCode.NotFound, "no event of tender NO-SUCH");
    }

    /// <summary>Polls until the API's daemon has brought the answer to <paramref name="ready"/>, for at most a minute.</summary>
    private static async Task<JsonElement> GetAsync(HttpClient client, string path, Func<JsonElement, bool> ready)
    {
        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync(WithPurpose(path), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
            if (ready(json))
            {
                return json;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"{path} did not catch up within a minute");
    }

    /// <summary>Reads of warnings state their purpose, which is recorded with them.</summary>
    private static string WithPurpose(string path) => $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}purpose=预警核查";

    private static async Task AssertProblemAsync(HttpClient client, string path, HttpStatusCode status, string detail)
    {
        var response = await client.GetAsync(WithPurpose(path), Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("detail").GetString());
    }
}
