using System.Net;
using Ledger.Tests.Support;

namespace Ledger.Tests.Api;

/// <summary>
/// Idempotency keys (draft-ietf-httpapi-idempotency-key-header): the same request with the same key gets the same
/// status and body again, marked as a replay, and appends nothing; a refusal is remembered as faithfully as an
/// acceptance; the key reused for another request is refused with 422; keys are each person's own and are
/// forgotten after a day.
/// </summary>
public sealed class a_command_sent_twice_with_one_key_is_recorded_once(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task replays_refusals_reuse_other_persons_and_expiry()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, Start);
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        var entry = Entry("T-1");

        var (first, firstBody) = await KeyedRequest.PostAsync(centre, "/bidding/enter-project", entry, "key-1", Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        var (again, againBody) = await KeyedRequest.PostAsync(centre, "/bidding/enter-project", entry, "\"key-1\"", Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(firstBody, againBody);
        Assert.Equal("application/json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["true"], again.Headers.GetValues("Idempotent-Replayed"));
        Assert.Equal(1L, await WrittenRows.EventsOfAsync(database, "tender/T-1", Ct));

        var (otherBody, otherBodyAnswer) = await KeyedRequest.PostAsync(centre, "/bidding/enter-project", Entry("T-2"), "key-1", Ct);
        AssertProblem(otherBody, otherBodyAnswer, HttpStatusCode.UnprocessableEntity, "Idempotency-Key is already used");
        var (otherPath, otherPathAnswer) = await KeyedRequest.PostAsync(centre, "/addresses/list-property", entry, "key-1", Ct);
        AssertProblem(otherPath, otherPathAnswer, HttpStatusCode.UnprocessableEntity, "Idempotency-Key is already used");
        Assert.Equal(0L, await WrittenRows.EventsOfAsync(database, "tender/T-2", Ct));

        var otherPerson = api.As("op-002", "centre-001", "CentreOperator");
        var (theirs, theirsBody) = await KeyedRequest.PostAsync(otherPerson, "/bidding/enter-project", Entry("T-2"), "key-1", Ct);
        Assert.True(theirs.StatusCode == HttpStatusCode.OK, theirsBody);
        Assert.Equal(1L, await WrittenRows.EventsOfAsync(database, "tender/T-2", Ct));

        // Refused because T-3 has not entered the centre; remembered, so the same request stays refused once it has.
        var notice = new { tenderId = "T-3", ceilingPrice = 1_000_000m, bidDeadline = Start.AddDays(20), openingTime = Start.AddDays(20), documentsHash = new string('a', 64), requiredDeposit = (decimal?)null, candidatePublicityDays = 3 };
        var (refused, refusedBody) = await KeyedRequest.PostAsync(centre, "/bidding/publish-tender-notice", notice, "key-2", Ct);
        AssertProblem(refused, refusedBody, HttpStatusCode.UnprocessableEntity, "command refused");
        Assert.Equal(HttpStatusCode.OK, (await KeyedRequest.PostAsync(centre, "/bidding/enter-project", Entry("T-3"), "key-3", Ct)).Response.StatusCode);
        var (refusedAgain, refusedAgainBody) = await KeyedRequest.PostAsync(centre, "/bidding/publish-tender-notice", notice, "key-2", Ct);
        AssertProblem(refusedAgain, refusedAgainBody, HttpStatusCode.UnprocessableEntity, "command refused");
        Assert.Equal(refusedBody, refusedAgainBody);
        Assert.Equal(["true"], refusedAgain.Headers.GetValues("Idempotent-Replayed"));
        Assert.Equal(1L, await WrittenRows.EventsOfAsync(database, "tender/T-3", Ct));
        var (fresh, freshBody) = await KeyedRequest.PostAsync(centre, "/bidding/publish-tender-notice", notice, "key-4", Ct);
        Assert.True(fresh.StatusCode == HttpStatusCode.OK, freshBody);
        Assert.Equal(2L, await WrittenRows.EventsOfAsync(database, "tender/T-3", Ct));
        Assert.Equal(5L, await WrittenRows.RememberedAsync(database, Ct));

        // A day later the keys are forgotten: key-1 names a new request, and the other old answers are purged.
        api.Clock.Advance(TimeSpan.FromHours(25));
        var (later, laterBody) = await KeyedRequest.PostAsync(centre, "/bidding/enter-project", Entry("T-4"), "key-1", Ct);
        Assert.True(later.StatusCode == HttpStatusCode.OK, laterBody);
        Assert.False(later.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1L, await WrittenRows.EventsOfAsync(database, "tender/T-4", Ct));
        Assert.Equal(1L, await WrittenRows.RememberedAsync(database, Ct));
    }

    /// <summary>An entry without an agent: the nullable agentId may be left out.</summary>
    private static object Entry(string tenderId) => new { tenderId, projectName = "兰州新区第三中学教学楼建设工程", tendererId = "org-tenderer" };

    private static void AssertProblem(HttpResponseMessage response, string body, HttpStatusCode status, string title)
    {
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"title\":\"{title}\"", body);
    }
}
