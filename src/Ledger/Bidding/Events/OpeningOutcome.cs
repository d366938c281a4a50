namespace Ledger.Bidding.Events;

/// <summary>What became of one bid at opening (开标).</summary>
public enum OpeningOutcome
{
    /// <summary>唱标: decrypted, commitment reproduced, price read out.</summary>
    Read,

    /// <summary>
    /// Decrypted and commitment reproduced, but the price exceeds the ceiling: rejected (否决投标,
    /// Regulations Art. 51 (5)). Recorded rather than refused, so the opening is never blocked by one bidder.
    /// </summary>
    OverCeiling,

    /// <summary>未解密: the bidder did not decrypt its bid; deemed withdrawn (电子招标投标办法 Art. 31).</summary>
    NotDecrypted,
}
