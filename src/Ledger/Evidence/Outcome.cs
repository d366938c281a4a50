namespace Ledger.Evidence;

/// <summary>
/// The result of a verifier step that reads input and then checks it: a value, an invalid verdict (the
/// evidence does not hold: exit 1), or unusable input (it cannot be read at all: exit 2).
/// </summary>
public sealed class Outcome<T>
    where T : class
{
    private Outcome(T? value, string? failure, bool unusable)
    {
        Value = value;
        Failure = failure;
        IsUnusable = unusable;
    }

    public T? Value { get; }

    public string? Failure { get; }

    public bool IsUnusable { get; }

    public bool IsValid => Failure is null;

    public static Outcome<T> Ok(T value) => new(value, null, false);

    public static Outcome<T> Invalid(string failure) => new(null, failure, false);

    public static Outcome<T> Unusable(string failure) => new(null, failure, true);

    /// <summary>Carries a failure into another step's outcome type.</summary>
    public Outcome<TOther> As<TOther>()
        where TOther : class =>
        IsUnusable ? Outcome<TOther>.Unusable(Failure!) : Outcome<TOther>.Invalid(Failure!);
}
