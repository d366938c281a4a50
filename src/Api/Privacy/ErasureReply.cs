using Ledger.Api.Commands;

namespace Ledger.Api.Privacy;

/// <summary>The recorded order with its promise, and how many personal values it erased (0 when nothing of the subject was held).</summary>
public sealed record ErasureReply(AppendedEvent Event, int Erased);
