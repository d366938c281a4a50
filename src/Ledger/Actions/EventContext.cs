namespace Ledger.Actions;

/// <summary>
/// The metadata every event carries and hashes with its data: who acted, the request it belongs to
/// (correlation), the event or command that caused it (causation), and the client. Server time is the
/// envelope's.
/// </summary>
public sealed record EventContext(Actor Actor, string CorrelationId, string? CausationId, ClientInfo Client);
