using System.Diagnostics;

namespace Ledger.Store.Embedded;

/// <summary>What a finished program said.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    /// <summary>Its complaint in one line, for an error message.</summary>
    public string Complaint => string.Join(' ', (Error.Length > 0 ? Error : Output).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Runs a program to completion with a deadline, capturing what it prints.</summary>
internal static class ToolRun
{
    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // PostgreSQL's messages are matched and quoted in English.
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)
            ?? throw new EmbeddedPostgresException($"{fileName} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new EmbeddedPostgresException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s: {(await error).Trim()}");
        }
        return new ToolResult(process.ExitCode, (await output).Trim(), (await error).Trim());
    }
}
