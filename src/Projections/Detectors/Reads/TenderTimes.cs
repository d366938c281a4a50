namespace Ledger.Projections.Detectors.Reads;

/// <summary>The times that make a read lawful or not.</summary>
/// <param name="Opening">开标: sealed bids may be read from then on. Null while the tender is not opened: every read so far
/// came before it.</param>
/// <param name="ResultSettled">When the evaluation result was settled (candidates published); the panel list is secret
/// until then (Bidding Law Art. 37). Null while it is not.</param>
public sealed record TenderTimes(string TenderId, DateTimeOffset? Opening, DateTimeOffset? ResultSettled)
{
    public bool IsBeforeOpening(DateTimeOffset at) => Opening is not { } opening || at < opening;

    public bool IsBeforeResult(DateTimeOffset at) => ResultSettled is not { } settled || at < settled;
}
