using Ledger.Evidence.Canonical;

namespace Ledger.Bidding.Events;

/// <summary>
/// 投标保证金 received by the centre's deposit system (代收代退) for one bidder.
/// </summary>
/// <param name="Reference">The virtual sub-account number, or the guarantee number (保函编号).</param>
/// <param name="Institution">The receiving bank (协办行) or the guarantor.</param>
/// <param name="SourceAccount">The account the money came from, for a transfer; null for a guarantee. Personal,
/// because the payer may be a natural person; collusion screening (Regulations Art. 40 (6)) compares it through
/// the disclosures kept beside the event, and through <paramref name="MatchesRegisteredAccount"/>.</param>
/// <param name="MatchesRegisteredAccount">For a transfer, whether the source is the bidder's registered basic
/// account (基本户), as the bank's check reported it; null for a guarantee.</param>
public sealed record DepositPaid(
    string TenderId,
    string BidderId,
    DepositMethod Method,
    decimal Amount,
    string Reference,
    string Institution,
    [property: Personal] string? SourceAccount,
    bool? MatchesRegisteredAccount);
