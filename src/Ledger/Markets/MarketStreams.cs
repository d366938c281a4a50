namespace Ledger.Markets;

/// <summary>
/// Where a market's imported history goes: one stream <c>market/{name}</c> per market, so that an import is one
/// append at one expected version (all of a file or nothing of it) and a second import of the same file is
/// decided against everything the market already holds.
/// </summary>
public static class MarketStreams
{
    /// <summary>The stream of market <paramref name="market"/>'s imported history.</summary>
    public static string MarketStream(string market) => $"market/{Id(market, nameof(market))}";

    /// <summary>Whether <paramref name="market"/> can name a stream: non-empty, without '/' or control characters.</summary>
    public static bool IsValidName(string market) =>
        !string.IsNullOrEmpty(market) && !market.Contains('/') && !market.Any(char.IsControl);

    // A '/' would let one market's name reach into another's stream.
    private static string Id(string id, string name) =>
        IsValidName(id)
            ? id
            : throw new ArgumentException($"\"{id}\" cannot be part of a stream id: it must be non-empty, without '/' or control characters", name);
}
