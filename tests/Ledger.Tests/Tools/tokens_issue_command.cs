using System.Net;
using System.Net.Http.Headers;
using Ledger.Store.Embedded;
using Ledger.Tests.Api;
using Ledger.Tests.Support;

namespace Ledger.Tests.Tools;

/// <summary><c>ledger tokens issue</c>: a development token the API of the same data folder accepts, for the named role.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class tokens_issue_command(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task prints_a_token_the_api_accepts_for_that_role_only()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), DateTimeOffset.UtcNow);
        await api.WaitUntilReadyAsync(Ct);
        var output = new StringWriter();

        var code = Cli.Cli.Run(["tokens", "issue", "--role", "Supervisor", "--person", "sup-9", "--org", "supervisor-gansu", "--data-directory", api.DataDirectory], output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DevelopmentTokens.PathIn(api.DataDirectory)));
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", output.ToString().Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/views/warnings?purpose=检查", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/approvals/submit-application", null, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("--role", "Sheriff", "is not one of")]
    [InlineData("--role", "3", "is not one of")]
    [InlineData("--person", " ", "--person must not be blank")]
    [InlineData("--hours", "0", "--hours must be a whole number")]
    public void refuses_bad_options_in_one_line(string option, string value, string reason)
    {
        var args = new Dictionary<string, string> { ["--role"] = "Bidder", ["--person"] = "b-1", ["--org"] = "bidder-1", ["--data-directory"] = Directory.CreateTempSubdirectory("ledger-tokens-").FullName };
        args[option] = value;
        var error = new StringWriter();

        var code = Cli.Cli.Run(["tokens", "issue", .. args.SelectMany(a => new[] { a.Key, a.Value })], TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains(reason, error.ToString());
    }
}
