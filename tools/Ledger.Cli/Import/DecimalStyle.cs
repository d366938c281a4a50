namespace Ledger.Cli.Import;

/// <summary>Which mark separates a number's decimals: 1,234.56 or 1.234,56 (and 1 234,56).</summary>
internal enum DecimalStyle
{
    Point,
    Comma,
}
