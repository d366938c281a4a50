namespace Ledger.Bidding.Commands;

/// <summary>
/// The rules of the bidding family: one pure <c>Decide</c> per command, taking the stream state, the command, the
/// actor and the server's time, returning the events to append or a refusal naming the rule and the values.
/// Each command's decision sits in the command's file. <c>now</c> MUST be UTC in whole microseconds, the time the
/// store will stamp on the events.
/// </summary>
public static partial class BiddingRules;
