namespace Ledger.Store;

/// <summary>
/// What the log answers a public read with: the value, or why not. A refused read contradicts itself (a leaf
/// index outside the tree it names, sizes in the wrong order); a missing one names what the log does not have
/// (a tree larger than the newest block's, an unknown leaf, a tile not yet complete).
/// </summary>
public sealed class LogRead<T>
    where T : class
{
    private LogRead(T? value, string? problem, bool missing)
    {
        Value = value;
        Problem = problem;
        IsMissing = missing;
    }

    public T? Value { get; }

    /// <summary>Null when found; otherwise the reason, with the numbers that make it so.</summary>
    public string? Problem { get; }

    public bool IsFound => Problem is null;

    public bool IsMissing { get; }

    public static LogRead<T> Found(T value) => new(value, null, false);

    public static LogRead<T> Missing(string problem) => new(null, problem, true);

    public static LogRead<T> Refused(string problem) => new(null, problem, false);
}
