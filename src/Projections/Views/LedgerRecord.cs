namespace Ledger.Projections.Views;

/// <summary>What a projection takes from an event's ledger record: when it was recorded and by whom (null: no actor recorded).</summary>
internal sealed record LedgerRecord(DateTimeOffset Time, ActorRef? Actor);
