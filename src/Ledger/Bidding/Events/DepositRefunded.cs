namespace Ledger.Bidding.Events;

/// <summary>
/// 退还投标保证金: the held deposit returned the way it came (原路返回) with the bank's interest (Regulations
/// Art. 57), or the guarantee released. Kept in the bid stream beside <see cref="DepositPaid"/>, so a deposit
/// can be refunded only once without reading every bid.
/// </summary>
public sealed record DepositRefunded(string TenderId, string BidderId, decimal Principal, decimal Interest);
