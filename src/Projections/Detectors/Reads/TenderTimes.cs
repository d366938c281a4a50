namespace Ledger.Projections.Detectors.Reads;

/// <summary>The times that make a read lawful or not.</summary>
/// <param name="Opening">开标: sealed bids may be read from then on.</param>
/// <param name="ResultSettled">When the evaluation result was settled (candidates published); the panel list is secret
/// until then (Bidding Law Art. 37). Null while it is not.</param>
public sealed record TenderTimes(string TenderId, DateTimeOffset Opening, DateTimeOffset? ResultSettled);
