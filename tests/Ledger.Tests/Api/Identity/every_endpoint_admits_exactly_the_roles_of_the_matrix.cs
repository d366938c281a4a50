using System.Net;
using System.Net.Http.Headers;
using Ledger.Actions;
using Ledger.Store.Embedded;
using Ledger.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Tests.Api.Identity;

/// <summary>
/// The role matrix: who may call each endpoint, written out here as the specification, independent of the API's
/// policies. Every endpoint the API maps must match exactly one row (an endpoint nobody thought about fails the test),
/// and every role, plus no token at all, is tried against every endpoint: 401 without a token, 403 for a role the row
/// does not admit, and anything but 401/403 for a role it admits. Requests carry no body, so an admitted command stops
/// at 400 and nothing is appended.
/// </summary>
public sealed class every_endpoint_admits_exactly_the_roles_of_the_matrix(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Role[] Oversight = [Role.Supervisor, Role.DisciplineInspector, Role.Auditor, Role.Court];
    private static readonly Role[] Everyone = [.. Enum.GetValues<Role>().Where(r => r != Role.Public)];

    /// <summary>(method, route prefix or exact pattern, admitted roles; null = anyone, without a token).</summary>
    private static readonly (string Method, string Pattern, Role[]? Roles)[] Matrix =
    [
        ("GET", "/health/", null),
        ("GET", "/openapi/", null),
        ("GET", "/log/", null),
        ("GET", "/receipts/{eventId:guid}", Everyone),
        ("GET", "/bidding/tenders/", [Role.CentreOperator, Role.Tenderer, Role.TenderAgent, Role.Bidder, Role.Expert, .. Oversight]),
        ("POST", "/evidence/packages", [Role.Court, Role.DisciplineInspector, Role.Supervisor]),
        ("POST", "/privacy/erasure-orders", [Role.Court, Role.Supervisor]),
        ("POST", "/bidding/", [Role.CentreOperator, Role.Tenderer, Role.TenderAgent, Role.Bidder, Role.Expert, Role.Supervisor]),
        ("POST", "/addresses/", [Role.CentreOperator, Role.PropertyOwner, Role.Applicant, Role.Official, Role.Supervisor]),
        ("POST", "/approvals/", [Role.Applicant, Role.Official]),
        ("GET", "/addresses/certificates/{number}", [Role.Applicant, Role.Official, Role.CentreOperator, Role.PropertyOwner, .. Oversight]),
        ("GET", "/addresses/certificates/{number}/package", [Role.Official, .. Oversight]),
        ("GET", "/views/tenders/{tenderId}/trail", [Role.CentreOperator, .. Oversight]),
        ("GET", "/views/actors/", Oversight),
        ("GET", "/views/addresses/", [Role.CentreOperator, Role.Official, .. Oversight]),
        ("GET", "/views/approvals/{caseId}", [Role.Official, .. Oversight]),
        ("GET", "/views/markets/indicators", [.. Enum.GetValues<Role>()]),
        ("GET", "/views/warnings", [Role.Supervisor, Role.DisciplineInspector, Role.Auditor]),
        ("GET", "/views/warnings/network", [Role.Supervisor, Role.DisciplineInspector, Role.Auditor]),
        ("GET", "/views/tenders/{tenderId}/warnings", [Role.Supervisor, Role.DisciplineInspector, Role.Auditor]),
    ];

    [Fact]
    public async Task no_token_a_refused_role_and_an_admitted_role_on_every_endpoint()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .ToList();
        Assert.NotEmpty(endpoints);
        var anonymous = api.CreateClient();
        var clients = Enum.GetValues<Role>().ToDictionary(r => r, r => api.As($"matrix-{r}", $"org-{r}", r.ToString()));
        var failures = new List<string>();
        foreach (var (method, pattern) in endpoints)
        {
            var rows = Matrix.Where(row => row.Method == method && (row.Pattern == pattern || (row.Pattern.EndsWith('/') && pattern.StartsWith(row.Pattern, StringComparison.Ordinal)))).ToList();
            if (rows.Count != 1)
            {
                failures.Add($"{method} {pattern}: matches {rows.Count} rows of the matrix");
                continue;
            }
            var admitted = rows[0].Roles;
            var path = Fill(pattern);
            var none = await SendAsync(anonymous, method, path);
            if (admitted is null ? none is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden : none != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{method} {pattern} without a token: {(int)none}");
            }
            foreach (var (role, client) in clients)
            {
                var status = await SendAsync(client, method, path);
                var expectAdmitted = admitted is null || admitted.Contains(role);
                if (expectAdmitted ? status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden : status != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {pattern} as {role}: {(int)status}, expected {(expectAdmitted ? "admitted" : "403")}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task a_refused_role_is_recorded_in_the_actors_trail_and_bad_tokens_are_unauthenticated()
    {
        var database = await postgres.DatabaseFor(this);
        using var api = new LedgerApi(database, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);

        var response = await api.As("court-clerk-7", "court-lanzhou", "Court").PostAsync("/bidding/enter-project", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("role Court may not use POST /bidding/enter-project", await response.Content.ReadAsStringAsync(Ct));
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var trail = new Npgsql.NpgsqlCommand("SELECT count(*) FROM ledger.ledger_events WHERE stream = 'trail/court-clerk-7' AND type = 'ActionRefused'", connection);
        Assert.Equal(1L, (long)(await trail.ExecuteScalarAsync(Ct))!);

        var supervisor = new Actor("sup-1", null, "supervisor-gansu", Role.Supervisor);
        await ExpectUnauthenticatedAsync(api, api.Token(supervisor, DateTimeOffset.UtcNow.AddHours(-2)), "expired");
        var token = api.Token(supervisor);
        var payload = token.Split('.')[1];
        var promoted = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(payload)).Replace("\"Supervisor\"", "\"Court\"", StringComparison.Ordinal)));
        Assert.NotEqual(payload, promoted);
        var tampered = token.Replace(payload, promoted, StringComparison.Ordinal);
        await ExpectUnauthenticatedAsync(api, tampered, "signature");
        var foreign = DevelopmentTokens.LoadOrCreate(Directory.CreateTempSubdirectory("foreign-issuer-").FullName).Issue(supervisor, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        await ExpectUnauthenticatedAsync(api, foreign, "signature");
        await ExpectUnauthenticatedAsync(api, "not-a-token", "malformed");
    }

    [Fact]
    public async Task an_operator_records_only_for_the_centre_the_ledger_serves()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        using var centred = api.WithWebHostBuilder(builder => builder.UseSetting("Ledger:Centre", "centre-lanzhou"));
        var ready = centred.CreateClient();
        for (var i = 0; i < 600 && !(await ready.GetAsync("/health/ready", Ct)).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100, Ct);
        }
        async Task<HttpStatusCode> EnterAsync(string organisation)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/bidding/enter-project");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Token(new Actor("op-9", null, organisation, Role.CentreOperator)));
            using var response = await centred.CreateClient().SendAsync(request, Ct);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, await EnterAsync("centre-tianshui"));
        Assert.Equal(HttpStatusCode.BadRequest, await EnterAsync("centre-lanzhou"));
    }

    private static async Task ExpectUnauthenticatedAsync(LedgerApi api, string token, string reason)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/views/warnings", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, body);
    }

    private static string Fill(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", m => m.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "matrix-x");

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }
}
