namespace Ledger.Bidding.Events;

/// <summary>
/// 获取招标文件: a bidder obtained the tender documents. Kept in the bidder's own bid stream, because the names
/// and number of those who obtained documents must stay secret until opening (Bidding Law Art. 22).
/// </summary>
public sealed record DocumentsObtained(string TenderId, string BidderId, string DocumentsHash);
