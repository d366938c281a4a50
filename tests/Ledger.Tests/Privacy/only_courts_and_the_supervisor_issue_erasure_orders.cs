using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ledger.Actions;
using Ledger.Tests.Api;
using Ledger.Tests.Support;

namespace Ledger.Tests.Privacy;

public sealed class only_courts_and_the_supervisor_issue_erasure_orders(PostgresFixture postgres)
{
    private const string Route = "/privacy/erasure-orders";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_court_and_the_supervisor_are_answered_other_roles_get_403_and_bad_orders_problem_details()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);
        HttpClient As(string person, string org, Role role)
        {
            var client = api.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", api.Token(new Actor(person, null, org, role)));
            return client;
        }
        var order = new { orderReference = "（2026）甘0102民初123号", legalBasis = "《个人信息保护法》第四十七条", subject = new { kind = "Person", id = "p-9" }, mode = "Erase" };

        var court = await As("j-1", "court-0102", Role.Court).PostAsJsonAsync(Route, order, Ct);
        Assert.Equal(HttpStatusCode.OK, court.StatusCode);
        using (var reply = JsonDocument.Parse(await court.Content.ReadAsStringAsync(Ct)))
        {
            Assert.Equal(0, reply.RootElement.GetProperty("erased").GetInt32());
            Assert.Equal("privacy/person/p-9", reply.RootElement.GetProperty("event").GetProperty("stream").GetString());
            Assert.StartsWith("ledger-promise/v1", reply.RootElement.GetProperty("event").GetProperty("promise").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await As("s-1", "supervisor-01", Role.Supervisor).PostAsJsonAsync(Route, order, Ct)).StatusCode);
        foreach (var role in new[] { Role.Bidder, Role.CentreOperator, Role.Official, Role.Auditor })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await As("x-1", "org-x", role).PostAsJsonAsync(Route, order, Ct)).StatusCode);
        }

        var judge = As("j-1", "court-0102", Role.Court);
        await Refused(judge, order with { mode = "Mask" }, "mode \"Mask\" is not offered");
        await Refused(judge, order with { subject = new { kind = "Person", id = "j-1" } }, "cannot order the erasure of its own data");
        await Refused(judge, order with { mode = (string)null! }, "must state its mode");
        await Refused(judge, order with { legalBasis = " " }, "must state its legal basis");
        await Refused(judge, order with { subject = new { kind = "Robot", id = "p-9" } }, "subject kind \"Robot\"");
        await Refused(judge, order with { subject = new { kind = "Person", id = "p/9" } }, "without '/'");
        var unreadable = await judge.PostAsync(Route, new StringContent("{bad json", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
    }

    private static async Task Refused<T>(HttpClient client, T body, string reason)
    {
        var answer = await client.PostAsJsonAsync(Route, body, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(Ct));
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
