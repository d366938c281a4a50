using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Tests.Projections.Warnings;

/// <summary>One bidder's part in a tender the warning tests record: its price, its machine and its deposit account.</summary>
internal sealed record PlannedBid(string BidderId, decimal Price, FeatureCodes Features, string Account)
{
    /// <summary>The person who files the bid; the bidder's own representative unless set.</summary>
    public string? FiledBy { get; init; }

    /// <summary>The project manager the bid names; none unless set.</summary>
    public ProjectManager? Manager { get; init; }

    /// <summary>The contact the bid names; none unless set.</summary>
    public ContactPerson? Contact { get; init; }

    /// <summary>A bidder on a machine and an account of its own, numbered <paramref name="n"/>.</summary>
    public static PlannedBid Own(string bidderId, decimal price, int n) =>
        new(bidderId, price, Machine(n), $"62170000{n:D8}");

    public static FeatureCodes Machine(int n) =>
        new($"00-1A-2B-3C-{n / 256:X2}-{n % 256:X2}", $"CPU-{n:D4}", $"WD-WCC4N{n:D6}", $"GLD-{n:D8}", $"10.{n / 256}.{n % 256}.8", "GCCP6.0");
}
