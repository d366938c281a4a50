using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api;

/// <summary>Bad input gets RFC 9457 problem details with the right status, and writes nothing.</summary>
public sealed class commands_answer_bad_input_with_problem_details(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task malformed_unauthenticated_refused_and_unknown_requests()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);
        var operatorClient = api.As("op-001", "centre-001", "CentreOperator");

        await Expect(operatorClient.PostAsync("/bidding/enter-project", new StringContent("{bad json", Encoding.UTF8, "application/json"), Ct), HttpStatusCode.BadRequest);
        await Expect(operatorClient.PostAsync("/bidding/enter-project", new StringContent("{\"tenderId\":5}", Encoding.UTF8, "application/json"), Ct), HttpStatusCode.BadRequest);
        await Expect(operatorClient.PostAsJsonAsync("/bidding/enter-project", new { tenderId = "a/b", projectName = "p", tendererId = "t", agentId = (string?)null }, Ct), HttpStatusCode.BadRequest);
        await Expect(api.CreateClient().PostAsJsonAsync("/bidding/enter-project", new { tenderId = "T-1", projectName = "p", tendererId = "t", agentId = (string?)null }, Ct), HttpStatusCode.Unauthorized);
        await Expect(api.As("b-1", "bidder-1", "Bidder").PostAsJsonAsync("/bidding/enter-project", new { tenderId = "T-1", projectName = "p", tendererId = "t", agentId = (string?)null }, Ct), HttpStatusCode.UnprocessableEntity);
        await Expect(operatorClient.GetAsync($"/receipts/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
        await Expect(operatorClient.GetAsync("/log/checkpoint", Ct), HttpStatusCode.NotFound);

        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var business = new Npgsql.NpgsqlCommand("SELECT count(*) FROM ledger.ledger_events WHERE NOT starts_with(stream, 'trail/')", connection);
        Assert.Equal(0L, (long)(await business.ExecuteScalarAsync(Ct))!);
    }

    private static async Task Expect(Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"status\":{(int)status}", body);
    }
}
