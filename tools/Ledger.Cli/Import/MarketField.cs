namespace Ledger.Cli.Import;

/// <summary>The fields of a row of historical tender results: one row per bid.</summary>
internal enum MarketField
{
    TenderId,
    Date,
    BidderId,
    Amount,
    Winner,
    Ceiling,
    Region,
    Label,
}
