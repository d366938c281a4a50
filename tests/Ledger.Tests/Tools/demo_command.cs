using System.Net;
using System.Net.Sockets;
using Ledger.Cli;
using Ledger.Tests.Api;
using Ledger.Tests.Support;

namespace Ledger.Tests.Tools;

/// <summary>
/// <c>ledger demo</c> against the API hosted in-process: the demo waits for deadlines by advancing the API's fake
/// clock instead of sleeping, and everything else, sealing included, runs for real.
/// </summary>
public sealed class demo_command(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task tells_the_whole_story_with_its_refusals_and_verifies_every_receipt()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this), Start);
        await api.WaitUntilReadyAsync(Ct);
        var (output, error) = (new StringWriter(), new StringWriter());

        var folder = Directory.CreateTempSubdirectory("ledger-demo-test-");
        var code = await DemoCommand.RunAsync(api.CreateClient(), actor => api.Token(actor), Advance(api), folder.FullName, output, error, Ct);

        var text = output.ToString();
        Assert.True(code == 0, text + error);
        Assert.Empty(error.ToString());
        var lines = text.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToList();
        var accepted = lines.TakeWhile(l => !l.StartsWith("receipts verified", StringComparison.Ordinal)).Count(l => l.StartsWith("  ✓ ", StringComparison.Ordinal));
        Assert.Contains($"receipts verified: {accepted} of {accepted}", lines);
        Assert.StartsWith("evidence package: ", lines[^1], StringComparison.Ordinal);
        var package = lines[^1]["evidence package: ".Length..];
        Assert.Equal(folder.FullName, Path.GetDirectoryName(package));
        var verified = Ledger.Evidence.Packages.PackageVerifier.Verify(await File.ReadAllBytesAsync(package, Ct), Ledger.Evidence.Keys.Keyring.Trusting([api.LogKey()]));
        Assert.True(verified.IsValid, verified.Failure);
        Assert.Matches(@"✗ 开标前查阅投标文件 .*: refused and recorded in the reader's trail: bids of tender \S+ are sealed until the opening", text);
        folder.Delete(recursive: true);
        Assert.Equal(57, accepted);
        Assert.Matches(@"✗ 迟到投标 .*: refused, as the rules require: bid of \S+ for tender \S+ arrived at .*, not before the deadline", text);
        Assert.Matches(@"✗ 中标通知 .*: refused, as the rules require: award of tender \S+ at 2026-12-01T01:00:05\.\d+Z is before the candidate publicity ends at 2026-12-04T16:00:00\.000000Z", text);
        Assert.Matches(@"✗ 许可决定 .*: refused, as the rules require: no decision: review steps fire \(\S+\) of case \S+ are open", text);
        Assert.Contains("■ the tender stops here", text);
    }

    [Fact]
    public async Task a_receipt_that_does_not_verify_is_named_and_exits_1()
    {
        using var api = new LedgerApi(await postgres.DatabaseFor(this, "tampered"), Start);
        await api.WaitUntilReadyAsync(Ct);
        var output = new StringWriter();

        var code = await DemoCommand.RunAsync(api.CreateDefaultClient(new RenameTheSchool()), actor => api.Token(actor), Advance(api), Path.GetTempPath(), output, TextWriter.Null, Ct);

        var text = output.ToString();
        Assert.True(code == 1, text);
        Assert.Matches(@"✗ receipt of tender/LZXQ-GC-\w+ v1 \(event [0-9a-f-]{36}\) does not verify: field event: hashes to [0-9a-f]{64}, the receipt's eventHash is", text);
        Assert.EndsWith("receipts verified: 56 of 57", text.TrimEnd());
    }

    [Fact]
    public void exits_2_with_one_line_when_nothing_listens()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = Cli.Cli.Run(["demo", "--api", $"http://127.0.0.1:{port}"], output, error);

        Assert.Equal(2, code);
        Assert.Empty(output.ToString());
        Assert.Equal($"ledger: the API at http://127.0.0.1:{port} is not answering; start it with: dotnet run --project src/Api{Environment.NewLine}", error.ToString());
    }

    [Theory]
    [InlineData("--api", "ftp://127.0.0.1:5080")]
    [InlineData("--api", "localhost:5080")]
    [InlineData("--url", "http://127.0.0.1:5080")]
    public void bad_arguments_exit_2(params string[] args)
    {
        var error = new StringWriter();
        Assert.Equal(2, Cli.Cli.Run(["demo", .. args], TextWriter.Null, error));
        Assert.StartsWith("ledger: ", error.ToString());
    }

    /// <summary>Deadlines pass at once: the API's clock jumps by the time the demo would sleep.</summary>
    private static Func<TimeSpan, CancellationToken, Task> Advance(LedgerApi api) => (time, _) =>
    {
        api.Clock.Advance(time);
        return Task.CompletedTask;
    };

    /// <summary>Tampers with the first receipt served, the project's entry: its school becomes another school.</summary>
    private sealed class RenameTheSchool : DelegatingHandler
    {
        private bool done;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (done || response.StatusCode != HttpStatusCode.OK || !request.RequestUri!.AbsolutePath.StartsWith("/receipts/", StringComparison.Ordinal))
            {
                return response;
            }
            var receipt = await response.Content.ReadAsStringAsync(cancellationToken);
            Assert.Contains("第三中学", receipt);
            done = true;
            response.Content = new StringContent(receipt.Replace("第三中学", "第四中学", StringComparison.Ordinal));
            return response;
        }
    }
}
