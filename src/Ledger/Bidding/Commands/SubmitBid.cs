using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>递交投标文件; the fields mean what they mean in <see cref="BidSubmitted"/>.</summary>
/// <param name="ProjectManager">The project manager the bid file names; null when it names none.</param>
/// <param name="Contact">The bid's contact person; null when the bid names none.</param>
public sealed record SubmitBid(
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
    public static Decision Decide(Tender tender, Bid bid, SubmitBid command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, bid, command.TenderId, command.BidderId);
        var (id, bidder) = (command.TenderId, command.BidderId);
        return Check.OwnBid(actor, bidder, $"submit a bid for {bidder} to tender {id}")
            ?? Check.NoticePublished(tender, id, "bid")
            ?? Check.BeforeDeadline(tender, now, $"bid of {bidder}", recordInTrail: true)
            ?? Check.Id(bidder, "bidder id")
            ?? (bid.DocumentsHash is not null ? null : Decision.Refuse($"{bidder} has not obtained the documents of tender {id}"))
            ?? DepositHeld(tender, bid, bidder)
            ?? (bid.Status != BidStatus.Submitted ? null
                : Decision.Refuse($"{bidder} already has a bid standing for tender {id}: amend or withdraw it"))
            ?? SealedFile(command.FileHash, command.FileSize, command.Signature, command.CertificateSerial, command.Features, command.PriceCommitment)
            ?? NamedPeople(command.ProjectManager, command.Contact)
            ?? Decision.Accept(new BidSubmitted(
                id, bidder, command.FileHash, command.FileSize, command.Signature, command.CertificateSerial, command.Features, command.PriceCommitment,
                command.ProjectManager?.Name.Trim(), command.ProjectManager?.Credential, command.ProjectManager?.NormalisedNumber,
                command.Contact?.Name.Trim(), command.Contact?.Phone.Trim()));
    }

    private static Decision? NamedPeople(ProjectManager? manager, ContactPerson? contact) =>
        manager?.Problem() is { } managerProblem ? Decision.Refuse(managerProblem)
        : contact?.Problem() is { } contactProblem ? Decision.Refuse(contactProblem)
        : null;

    private static Decision? DepositHeld(Tender tender, Bid bid, string bidder) =>
        tender.RequiredDeposit is not { } required || bid.Deposit >= required ? null
        : Decision.Refuse($"{bidder} holds a deposit of {Check.Number(bid.Deposit)} for tender {tender.TenderId}, less than the required {Check.Number(required)}");

    private static Decision? SealedFile(string fileHash, long fileSize, string signature, string certificateSerial, FeatureCodes features, string commitment) =>
        Check.Sha256(fileHash, "bid file hash")
        ?? (fileSize > 0 ? null : Decision.Refuse($"bid file size {fileSize} is not positive"))
        ?? Check.Base64(signature, "bid file signature")
        ?? Check.Text(certificateSerial, "signing certificate serial")
        ?? Check.Text(features.MacAddress, "MAC address feature code")
        ?? Check.Text(features.CpuId, "CPU id feature code")
        ?? Check.Text(features.DiskSerial, "disk serial feature code")
        ?? Check.Text(features.IpAddress, "IP address feature code")
        ?? Check.Text(features.CreatingSoftware, "creating software feature code")
        ?? Check.Sha256(commitment, "price commitment");
}
