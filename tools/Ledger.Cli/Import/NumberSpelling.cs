namespace Ledger.Cli.Import;

/// <summary>What a number's own spelling says about the file's <see cref="DecimalStyle"/>.</summary>
internal enum NumberSpelling
{
    /// <summary>Reads the same in both styles: 1234, 1 234.</summary>
    Neutral,

    /// <summary>Only a decimal point fits: 1,234.56, 1.5, 1,234,567.</summary>
    Point,

    /// <summary>Only a decimal comma fits: 1.234,56, 1,5, 1 234,56, 1.234.567.</summary>
    Comma,

    /// <summary>A lone separator before three digits: 1,234 and 1.234 are a thousand-odd in one style, about one in the other.</summary>
    Ambiguous,

    /// <summary>Not a number in either style.</summary>
    Invalid,
}
