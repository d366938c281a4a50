using System.Net;
using Ledger.Tests.Support;
using Npgsql;

namespace Ledger.Tests.Api;

/// <summary>
/// Concurrent requests with one key. Within one API process the second is answered 409 at once while the first runs
/// (422 if it is another request). Across two processes sharing the ledger, both run, and the unique key in the
/// append's transaction lets only one commit: the other writes nothing and answers the first one's answer.
/// The requests are held mid-flight, decided and appending, by locking the table of remembered answers; a first command
/// in each process has run its purge of expired keys, so nothing else waits on the lock.
/// </summary>
public sealed class a_key_in_use_is_answered_409_and_a_raced_key_from_the_first_request(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task within_one_process()
    {
        var database = await postgres.DatabaseFor(this, "one");
        using var api = new LedgerApi(database, Start);
        await api.WaitUntilReadyAsync(Ct);
        var centre = api.As("op-001", "centre-001", "CentreOperator");
        await EnterAsync(centre, "T-0");

        Task<(HttpResponseMessage Response, string Body)> first;
        await using (await LockRememberedAsync(database))
        {
            first = KeyedRequest.PostAsync(centre, "/bidding/enter-project", Entry("T-1"), "key-1", Ct);
            await WaitUntilBlockedAsync(database);
            var (running, runningBody) = await KeyedRequest.PostAsync(centre, "/bidding/enter-project", Entry("T-1"), "key-1", Ct);
            AssertProblem(running, runningBody, HttpStatusCode.Conflict, "a request is outstanding for this Idempotency-Key");
            var (other, otherBody) = await KeyedRequest.PostAsync(centre, "/bidding/enter-project", Entry("T-2"), "key-1", Ct);
            AssertProblem(other, otherBody, HttpStatusCode.UnprocessableEntity, "Idempotency-Key is already used");
            Assert.False(first.IsCompleted);
        }
        var (answer, body) = await first;
        Assert.True(answer.StatusCode == HttpStatusCode.OK, body);
        var (replay, replayBody) = await KeyedRequest.PostAsync(centre, "/bidding/enter-project", Entry("T-1"), "key-1", Ct);
        Assert.Equal((HttpStatusCode.OK, body), (replay.StatusCode, replayBody));
        Assert.Equal(1L, await WrittenRows.EventsOfAsync(database, "tender/T-1", Ct));
        Assert.Equal(0L, await WrittenRows.EventsOfAsync(database, "tender/T-2", Ct));
        Assert.Equal(2L, await WrittenRows.RememberedAsync(database, Ct));
    }

    [Fact]
    public async Task across_two_processes()
    {
        var database = await postgres.DatabaseFor(this, "two");
        using var one = new LedgerApi(database, Start);
        await one.WaitUntilReadyAsync(Ct);
        using var two = new LedgerApi(database, Start);
        await two.WaitUntilReadyAsync(Ct);
        await EnterAsync(one.As("op-001", "centre-001", "CentreOperator"), "T-0a");
        await EnterAsync(two.As("op-001", "centre-001", "CentreOperator"), "T-0b");

        Task<(HttpResponseMessage Response, string Body)> viaOne, viaTwo;
        await using (await LockRememberedAsync(database))
        {
            viaOne = KeyedRequest.PostAsync(one.As("op-001", "centre-001", "CentreOperator"), "/bidding/enter-project", Entry("T-1"), "key-1", Ct);
            viaTwo = KeyedRequest.PostAsync(two.As("op-001", "centre-001", "CentreOperator"), "/bidding/enter-project", Entry("T-1"), "key-1", Ct);
            await WaitUntilBlockedAsync(database, requests: 2);
        }
        var answers = await Task.WhenAll(viaOne, viaTwo);
        Assert.All(answers, a => Assert.True(a.Response.StatusCode == HttpStatusCode.OK, a.Body));
        Assert.Equal(answers[0].Body, answers[1].Body);
        Assert.Single(answers, a => a.Response.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1L, await WrittenRows.EventsOfAsync(database, "tender/T-1", Ct));
        Assert.Equal(3L, await WrittenRows.RememberedAsync(database, Ct));
    }

    private static async Task EnterAsync(HttpClient client, string tenderId)
    {
        var (response, body) = await KeyedRequest.PostAsync(client, "/bidding/enter-project", Entry(tenderId), $"warm-up-{tenderId}", Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
    }

    private static object Entry(string tenderId) => new { tenderId, projectName = "兰州新区第三中学教学楼建设工程", tendererId = "org-tenderer", agentId = (string?)null };

    /// <summary>Holds every write to the remembered answers (reads go on) until the connection is disposed.</summary>
    private static async Task<NpgsqlConnection> LockRememberedAsync(string database)
    {
        var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("BEGIN; LOCK TABLE ledger.ledger_idempotency IN EXCLUSIVE MODE", connection);
        await command.ExecuteNonQueryAsync(Ct);
        return connection;
    }

    /// <summary>Waits until <paramref name="requests"/> sessions of the database wait for a lock: on the table, or on each other's rows.</summary>
    private static async Task WaitUntilBlockedAsync(string database, int requests = 1)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        for (var i = 0; i < 600; i++)
        {
            if ((long)(await command.ExecuteScalarAsync(Ct))! >= requests)
            {
                return;
            }
            await Task.Delay(50, Ct);
        }
        throw new TimeoutException($"{requests} request(s) did not wait for the lock within 30 s");
    }

    private static void AssertProblem(HttpResponseMessage response, string body, HttpStatusCode status, string title)
    {
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"title\":\"{title}\"", body);
    }
}
