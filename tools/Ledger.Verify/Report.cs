using Ledger.Evidence;

namespace Ledger.Verify;

/// <summary>What a verb found: its exit code and the lines to print (the first says valid, invalid and where, or why the input is unusable).</summary>
internal sealed record Report(int Code, IReadOnlyList<string> Lines)
{
    public static Report Valid(IReadOnlyList<string> lines) => new(ExitCode.Valid, lines);

    public static Report Invalid(string line) => new(ExitCode.Invalid, [$"invalid: {line}"]);

    public static Report Unusable(string line) => new(ExitCode.Unusable, [line]);

    public static Report From<T>(Outcome<T> outcome, string file)
        where T : class =>
        outcome.IsUnusable ? Unusable($"{file}: {outcome.Failure}") : Invalid($"{file}: {outcome.Failure}");
}
