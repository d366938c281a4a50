namespace Ledger.Bidding.Events;

/// <summary>招标公告 and 招标文件: the terms every later rule of the tender is checked against.</summary>
/// <param name="CeilingPrice">最高投标限价: a bid above it is rejected at opening.</param>
/// <param name="BidDeadline">投标截止时间: bids, amendments and withdrawals must arrive before it.</param>
/// <param name="OpeningTime">开标时间: the same instant as the deadline (Bidding Law Art. 34).</param>
/// <param name="DocumentsHash">Lowercase hex SHA-256 of the tender documents, so each bidder's copy can be matched.</param>
/// <param name="RequiredDeposit">投标保证金 each bidder must lodge before bidding; null when none is required.</param>
/// <param name="CandidatePublicityDays">中标候选人公示 length in days, at least 3 (Regulations Art. 54).</param>
public sealed record TenderNoticePublished(
    string TenderId,
    decimal CeilingPrice,
    DateTimeOffset BidDeadline,
    DateTimeOffset OpeningTime,
    string DocumentsHash,
    decimal? RequiredDeposit,
    int CandidatePublicityDays);
