namespace Ledger.Store.Idempotency;

/// <summary>The answer given to an idempotent request, kept to give again: its status code and body as sent.</summary>
public sealed record StoredAnswer(int Status, string Body);
