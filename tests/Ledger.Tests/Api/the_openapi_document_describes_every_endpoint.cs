using System.Net;
using Ledger.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Ledger.Tests.Api;

/// <summary>
/// <c>GET /openapi/v1.json</c> answers anyone with an OpenAPI document that parses without errors and lists every
/// endpoint the API maps; commands carry their body type, the required <c>Idempotency-Key</c>, their answer and their
/// problem-details answers; endpoints behind a token name the bearer scheme.
/// </summary>
public sealed class the_openapi_document_describes_every_endpoint(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task to_anyone()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        await api.WaitUntilReadyAsync(Ct);

        var response = await api.CreateClient().GetAsync("/openapi/v1.json", Ct);
        var json = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        var read = OpenApiDocument.Parse(json, "json");
        Assert.True(read.Diagnostic?.Errors.Count is null or 0, string.Join('\n', read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var document = read.Document!;

        var bearer = Assert.IsType<OpenApiSecurityScheme>(document.Components!.SecuritySchemes!["Bearer"], exactMatch: false);
        Assert.Equal((SecuritySchemeType.Http, "bearer"), (bearer.Type, bearer.Scheme));
        Assert.Contains("ProblemDetails", document.Components.Schemas!.Keys);

        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/openapi/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Path(e.RoutePattern.RawText!))))
            .ToList();
        Assert.Contains(endpoints, e => e is ("POST", "/bidding/submit-bid"));
        var missing = endpoints.Where(e => document.Paths[e.Path]?.Operations?.ContainsKey(HttpMethod.Parse(e.Method)) != true).ToList();
        Assert.True(missing.Count == 0, "not in the document: " + string.Join(", ", missing));

        foreach (var (_, path) in endpoints.Where(e => e.Method == "POST" && e.Path.Split('/')[1] is "bidding" or "addresses" or "approvals"))
        {
            var command = document.Paths[path]!.Operations![HttpMethod.Post];
            var key = Assert.Single(command.Parameters!, p => p.Name == "Idempotency-Key");
            Assert.True(key.Required && key.In == ParameterLocation.Header, path);
            Assert.NotNull(command.RequestBody!.Content!["application/json"].Schema);
            Assert.Contains("application/json", command.Responses!["200"].Content!.Keys);
            foreach (var status in new[] { "400", "401", "403", "409", "413", "422" })
            {
                Assert.True(command.Responses.TryGetValue(status, out var problem) && problem.Content!.ContainsKey("application/problem+json"), $"{path} {status}");
            }
            Assert.Contains(command.Security!, requirement => requirement.Keys.Any(scheme => scheme.Reference.Id == "Bearer"));
        }
        var enterProject = document.Components.Schemas["EnterProject"];
        Assert.Equal(["projectName", "tenderId", "tendererId"], enterProject.Required!.Order(StringComparer.Ordinal));
        Assert.Null(document.Paths["/log/checkpoint"]!.Operations![HttpMethod.Get].Security);
    }

    /// <summary>The document's spelling of a route: parameters by name alone, without catch-all stars or constraints.</summary>
    private static string Path(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\*{0,2}([^}:=?]+)[^}]*\}", "{$1}");
}
