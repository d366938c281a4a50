using System.Globalization;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Projections.Detectors.Market;
using Ledger.Projections.Views.Markets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Views;

/// <summary>
/// Issue 4's market indicators of the ledger's own tenders, per region and period: participation, competition (bids
/// per tender), concentration (HHI of awards) and openness (share of bidders from outside the region), computed on
/// demand by <see cref="LedgerMarket"/>. Only awarded tenders count, and the answer is aggregates, not trail, sealed or
/// personal data, so unlike the other views the read is not recorded and states no purpose.
/// </summary>
public static class MarketEndpoints
{
    public static void MapMarkets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/views/markets").RequireAuthorization(LedgerPolicies.MarketIndicators);
        group.MapGet("/indicators", IndicatorsAsync);
    }

    /// <summary>
    /// <c>?period=</c> month, quarter or year; <c>?level=</c> county, city (the default) or province; <c>?region=</c> a
    /// division code at that level, or <c>unknown</c>; <c>?from=</c> and <c>?to=</c> opening dates (yyyy-MM-dd, the
    /// centre's local dates, both included).
    /// </summary>
    private static async Task<Results<Ok<IReadOnlyList<MarketIndicators>>, ProblemHttpResult>> IndicatorsAsync(
        string? period, string? level, string? region, string? from, string? to, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (Query(period, level, region, from, to, out var query) is { } bad)
        {
            return TypedResults.Problem(bad, statusCode: StatusCodes.Status400BadRequest);
        }
        await using var session = store.Marten.QuerySession();
        return TypedResults.Ok(await LedgerMarket.IndicatorsAsync(session, query, ct));
    }

    /// <summary>The query the parameters ask for; null with <paramref name="query"/> set, else the reason they are refused.</summary>
    private static string? Query(string? period, string? level, string? region, string? from, string? to, out MarketQuery query)
    {
        query = new MarketQuery(MarketPeriod.Month, RegionLevel.City, null, null, null);
        MarketPeriod? p = period switch
        {
            "month" => MarketPeriod.Month,
            "quarter" => MarketPeriod.Quarter,
            "year" => MarketPeriod.Year,
            _ => null,
        };
        RegionLevel? l = level switch
        {
            null or "city" => RegionLevel.City,
            "county" => RegionLevel.County,
            "province" => RegionLevel.Province,
            _ => null,
        };
        if (p is null)
        {
            return $"period must be month, quarter or year; got {period ?? "nothing"}";
        }
        if (l is null)
        {
            return $"level must be county, city or province; got {level}";
        }
        if (region is not null && region != DivisionCode.Unknown
            && (region.Length != 6 || !region.All(char.IsAsciiDigit) || DivisionCode.At(region, l.Value) != region))
        {
            return $"region must be a six-digit division code at the {l.Value.ToString().ToLowerInvariant()} level (620102 is a county, 620100 a city, 620000 a province) or {DivisionCode.Unknown}; got {region}";
        }
        var (badFrom, badTo) = (Date("from", from, out var start), Date("to", to, out var end));
        if ((badFrom ?? badTo) is { } badDate)
        {
            return badDate;
        }
        if (start > end)
        {
            return $"from {start:yyyy-MM-dd} is after to {end:yyyy-MM-dd}";
        }
        query = new MarketQuery(p.Value, l.Value, region, start, end);
        return null;
    }

    private static string? Date(string name, string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return $"{name} must be a date yyyy-MM-dd; got {text}";
        }
        date = parsed;
        return null;
    }
}
