using Ledger.Actions;

namespace Ledger.Cli.Bench.Load;

/// <summary>The API under load: a new client per caller (whose base address is the API) and a token it trusts for an actor.</summary>
/// <param name="NewClient">Each call MUST return a client of its own, so each bidder holds its own connection; the caller disposes it.</param>
internal sealed record LoadTarget(Func<HttpClient> NewClient, Func<Actor, string> TokenFor);
