using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>
/// 修改投标文件: a new sealed file in place of the standing one; the fields mean what they mean in <see cref="BidAmended"/>
/// and <see cref="SubmitBid"/>. The new file names its project manager and contact afresh: null means it names none.
/// </summary>
public sealed record AmendBid(
    string TenderId,
    string BidderId,
    string FileHash,
    long FileSize,
    string Signature,
    string CertificateSerial,
    FeatureCodes Features,
    string PriceCommitment,
    ProjectManager? ProjectManager = null,
    ContactPerson? Contact = null);

public static partial class BiddingRules
{
    public static Decision Decide(Tender tender, Bid bid, AmendBid command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, bid, command.TenderId, command.BidderId);
        var (id, bidder) = (command.TenderId, command.BidderId);
        return Check.OwnBid(actor, bidder, $"amend the bid of {bidder} for tender {id}")
            ?? Check.NoticePublished(tender, id, "amendment")
            ?? Check.BeforeDeadline(tender, now, $"amendment of the bid of {bidder}", recordInTrail: true)
            ?? (bid.Status == BidStatus.Submitted ? null : Decision.Refuse($"{bidder} has no bid standing for tender {id} to amend"))
            ?? SealedFile(command.FileHash, command.FileSize, command.Signature, command.CertificateSerial, command.Features, command.PriceCommitment)
            ?? NamedPeople(command.ProjectManager, command.Contact)
            ?? Decision.Accept(new BidAmended(
                id, bidder, command.FileHash, command.FileSize, command.Signature, command.CertificateSerial, command.Features, command.PriceCommitment,
                command.ProjectManager?.Name.Trim(), command.ProjectManager?.Credential, command.ProjectManager?.NormalisedNumber,
                command.Contact?.Name.Trim(), command.Contact?.Phone.Trim()));
    }
}
