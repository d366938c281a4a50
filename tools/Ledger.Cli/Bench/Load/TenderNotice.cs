namespace Ledger.Cli.Bench.Load;

/// <summary>A tender the centre entered and published for the run: what a bidder needs to obtain its documents and pay its deposit.</summary>
internal sealed record TenderNotice(string TenderId, string DocumentsHash, decimal Deposit);
