namespace Ledger.Cli.Simulate;

/// <summary>What a planting needs of a tender before it is built.</summary>
/// <param name="Participants">The bidders, when the planting chooses them (a cartel); null to draw them from the market.</param>
/// <param name="Minimum">The fewest bidders to draw: a price pattern needs four.</param>
/// <param name="NeedsDeposit">Require a deposit, so deposits can be paid from one account.</param>
internal sealed record TenderSpec(Category Category, Region Region, IReadOnlyList<Bidder>? Participants = null, int Minimum = 3, bool NeedsDeposit = false);
