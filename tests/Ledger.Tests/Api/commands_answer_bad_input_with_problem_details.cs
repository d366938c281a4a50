using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api;

/// <summary>
/// Bad input gets RFC 9457 problem details with the right status and a reason naming what is wrong, and writes
/// nothing: no event of a business stream, no remembered idempotency key.
/// </summary>
public sealed class commands_answer_bad_input_with_problem_details(PostgresFixture postgres)
{
    private const string EnterProject = "/bidding/enter-project";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task malformed_incomplete_oversized_unkeyed_unauthenticated_and_unknown_requests()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");

        await Expect(centre.PostAsync(EnterProject, Json("{bad json"), Ct), HttpStatusCode.BadRequest, "does not read as the command EnterProject");
        await Expect(centre.PostAsync(EnterProject, Json(""), Ct), HttpStatusCode.BadRequest, "EnterProject");
        await Expect(centre.PostAsync(EnterProject, Json("null"), Ct), HttpStatusCode.BadRequest, "the body is null");
        await Expect(centre.PostAsync(EnterProject, Json("""{"tenderId":5,"projectName":"p","tendererId":"t","agentId":null}"""), Ct), HttpStatusCode.BadRequest, "$.tenderId");
        await Expect(centre.PostAsync(EnterProject, Json("""{"tenderId":"T-1","tendererId":"t","agentId":null}"""), Ct), HttpStatusCode.BadRequest, "projectName");
        await Expect(centre.PostAsync(EnterProject, Json("""{"tenderId":"T-1","projectName":null,"tendererId":"t","agentId":null}"""), Ct), HttpStatusCode.BadRequest, "projectName");
        await Expect(centre.PostAsync(EnterProject, Json("""{"tenderId":"T-1","projectName":"p","tendererId":"t","agentId":null,"ceilingPrice":1}"""), Ct), HttpStatusCode.BadRequest, "ceilingPrice");
        await Expect(centre.PostAsync("/bidding/submit-bid", Json("""{"tenderId":"T-1","bidderId":"b","fileHash":"x","fileSize":1,"signature":"s","certificateSerial":"c","priceCommitment":"p"}"""), Ct), HttpStatusCode.BadRequest, "features");
        await Expect(centre.PostAsync("/bidding/submit-bid", Json("""{"tenderId":"T-1","bidderId":"b","fileHash":"x","fileSize":"big","signature":"s","certificateSerial":"c","features":{},"priceCommitment":"p"}"""), Ct), HttpStatusCode.BadRequest, "$.fileSize");
        await Expect(centre.PostAsync(EnterProject, Json(new string('[', 40) + new string(']', 40)), Ct), HttpStatusCode.BadRequest, "EnterProject");
        await Expect(centre.PostAsJsonAsync(EnterProject, new { tenderId = "a/b", projectName = "p", tendererId = "t", agentId = (string?)null }, Ct), HttpStatusCode.BadRequest, "a/b");
        await Expect(centre.PostAsync(EnterProject, new StringContent("tenderId=T-1", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct), HttpStatusCode.UnsupportedMediaType, "application/json");
        var oversized = $$"""{"tenderId":"T-1","projectName":"{{new string('x', 300 * 1024)}}","tendererId":"t","agentId":null}""";
        await Expect(centre.PostAsync(EnterProject, Json(oversized), Ct), HttpStatusCode.RequestEntityTooLarge, "262144 bytes");
        // Without a length up front, the body is counted as it arrives.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(oversized), Ct);
        await pipe.Writer.CompleteAsync();
        using (var chunked = new HttpRequestMessage(HttpMethod.Post, EnterProject) { Content = new StreamContent(pipe.Reader.AsStream()) })
        {
            chunked.Content.Headers.ContentType = new("application/json");
            await Expect(centre.SendAsync(chunked, Ct), HttpStatusCode.RequestEntityTooLarge, "262144 bytes");
        }

        var unkeyed = api.As("op-001", "centre-001", "CentreOperator", freshKeys: false);
        var valid = new { tenderId = "T-1", projectName = "p", tendererId = "org-tenderer", agentId = (string?)null };
        await Expect(unkeyed.PostAsJsonAsync(EnterProject, valid, Ct), HttpStatusCode.BadRequest, "Idempotency-Key is missing");
        foreach (var bad in new[] { "\"unterminated", "two words", new string('k', 256), "\"a\" \"b\"" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, EnterProject) { Content = JsonContent.Create(valid) };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", bad);
            await Expect(unkeyed.SendAsync(request, Ct), HttpStatusCode.BadRequest, "Idempotency-Key is malformed");
        }
        using (var twice = new HttpRequestMessage(HttpMethod.Post, EnterProject) { Content = JsonContent.Create(valid) })
        {
            twice.Headers.TryAddWithoutValidation("Idempotency-Key", ["k-1", "k-2"]);
            await Expect(unkeyed.SendAsync(twice, Ct), HttpStatusCode.BadRequest, "Idempotency-Key is malformed");
        }

        await Expect(api.CreateClient().PostAsJsonAsync(EnterProject, valid, Ct), HttpStatusCode.Unauthorized, "bearer token");
        await Expect(centre.GetAsync($"/receipts/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, "no event");
        await Expect(api.As("sup-001", "supervisor-gansu", "Supervisor").GetAsync("/views/tenders/T-unknown/trail", Ct), HttpStatusCode.NotFound, "no trail of tender T-unknown");
        await Expect(centre.GetAsync("/log/checkpoint", Ct), HttpStatusCode.NotFound, "");

        Assert.Equal(0L, await WrittenRows.BusinessEventsAsync(database, Ct));
        Assert.Equal(0L, await WrittenRows.RememberedAsync(database, Ct));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task Expect(Task<HttpResponseMessage> request, HttpStatusCode status, string reason)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"status\":{(int)status}", body);
        Assert.Contains(reason, body);
    }
}
