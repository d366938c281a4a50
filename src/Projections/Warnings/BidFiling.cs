using Ledger.Bidding.Events;

namespace Ledger.Projections.Warnings;

/// <summary>A bid file as submitted or amended: the identifiers it carries, for the shared-identifier rules.</summary>
/// <param name="EventId">The BidSubmitted or BidAmended event.</param>
/// <param name="FileHash">SHA-256 of the encrypted file: two bidders with one hash submitted one document.</param>
/// <param name="SubmittedBy">The person who filed it (the hashed record's actor): one person filing for two bidders is
/// the agent of Regulations Art. 40 (2).</param>
public sealed record BidFiling(Guid EventId, string BidderId, string FileHash, FeatureCodes Features, string? SubmittedBy);
