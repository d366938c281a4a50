namespace Ledger.Projections.Views;

/// <summary>One recorded action in a view: when, by whom, and the receipt to prove it.</summary>
/// <param name="Receipt">The Marten event id, which <c>GET /receipts/{eventId}</c> takes.</param>
public sealed record Act(DateTimeOffset At, ActorRef By, Guid Receipt);
