namespace Ledger.Cli;

/// <summary><c>--name value</c> options of a command, each given at most once.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> values;

    private Options(Dictionary<string, string> values) => this.values = values;

    public static Options Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unexpected argument '{args[i]}'");
            }
            if (i + 1 >= args.Count)
            {
                throw new UsageException($"option {args[i]} needs a value");
            }
            if (!values.TryAdd(args[i], args[i + 1]))
            {
                throw new UsageException($"option {args[i]} is given twice");
            }
        }
        return new Options(values);
    }

    public string Required(string name) =>
        values.GetValueOrDefault(name) ?? throw new UsageException($"option {name} is required");

    public string? Optional(string name) => values.GetValueOrDefault(name);

    /// <summary>A whole-number option from <paramref name="min"/> to <paramref name="max"/>, or <paramref name="fallback"/> when not given.</summary>
    public int Whole(string name, int fallback, int min, int max)
    {
        var text = Optional(name);
        return text is null ? fallback
            : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : throw new UsageException($"{name} must be a whole number from {min:N0} to {max:N0}");
    }

    /// <summary>Fails on any option the command does not know, so a typo is not silently ignored.</summary>
    public void AllowOnly(params string[] names)
    {
        var unknown = values.Keys.FirstOrDefault(k => !names.Contains(k));
        if (unknown is not null)
        {
            throw new UsageException($"unknown option {unknown}");
        }
    }
}
