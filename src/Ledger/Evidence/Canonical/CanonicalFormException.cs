namespace Ledger.Evidence.Canonical;

/// <summary>
/// Input that has no RFC 8785 canonical form: not JSON, or JSON outside I-JSON (RFC 7493). Says what is
/// wrong, where (<see cref="Position"/>, a byte offset into the input) and in which member
/// (<see cref="Path"/>, a JSON Pointer), so a rejected event can be found and fixed.
/// </summary>
public sealed class CanonicalFormException : FormatException
{
    public CanonicalFormException(string problem, string? path, long position, Exception? inner = null)
        : base(Describe(problem, path, position), inner)
    {
        Problem = problem;
        Path = path;
        Position = position;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>JSON Pointer (RFC 6901) of the offending value or member; null when the input is not JSON.</summary>
    public string? Path { get; }

    /// <summary>Byte offset into the input at which the offending token starts.</summary>
    public long Position { get; }

    private static string Describe(string problem, string? path, long position) =>
        path is null ? $"{problem} at byte {position}" : $"{problem} at {(path.Length == 0 ? "the root" : path)} (byte {position})";
}
