using System.Globalization;
using Ledger.Actions;
using Ledger.Evidence.Canonical;

namespace Ledger.Bidding.Commands;

/// <summary>
/// The checks and refusal texts the bidding rules share. Each check returns null when its rule holds and the
/// refusal otherwise, so a decision reads as a chain of rules joined by <c>??</c>.
/// </summary>
internal static class Check
{
    /// <summary>An instant as the ledger spells it, so a refusal quotes the same text the events would hold.</summary>
    public static string When(DateTimeOffset instant) =>
        CanonicalValues.TryTimestamp(instant, out var text, out _) ? text : instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static string Number(decimal amount) => CanonicalValues.Decimal(amount);

    /// <summary>The centre, or the tender's own tenderer or agent: who records tender-level actions.</summary>
    public static Decision? TenderSide(Tender tender, Actor actor, string action) =>
        TenderSide(tender.TendererId, tender.AgentId, actor, action);

    public static Decision? TenderSide(string tendererId, string? agentId, Actor actor, string action)
    {
        var allowed = actor.Role switch
        {
            Role.CentreOperator => true,
            Role.Tenderer => actor.Organisation == tendererId,
            Role.TenderAgent => agentId is not null && actor.Organisation == agentId,
            _ => false,
        };
        var agent = agentId is null ? "" : $" or its agent {agentId}";
        return allowed ? null : WrongActor(actor, action, $"a centre operator, the tenderer {tendererId}{agent}");
    }

    /// <summary>A bidder acting on its own bid: acting on another's is recorded, as it may be collusion (Regulations Art. 40 (2)).</summary>
    public static Decision? OwnBid(Actor actor, string bidderId, string action) =>
        actor.Role == Role.Bidder && actor.Organisation == bidderId ? null : WrongActor(actor, action, $"bidder {bidderId} itself");

    public static Decision? Centre(Actor actor, string action) =>
        actor.Role == Role.CentreOperator ? null : WrongActor(actor, action, "a centre operator");

    public static Decision WrongActor(Actor actor, string action, string whoMay) =>
        Decision.Refuse($"{actor.Role} {actor.PersonId} of {actor.Organisation} may not {action}: only {whoMay} may", recordInTrail: true);

    /// <summary>Before the role check of tender-level actions: an unknown tender has no tenderer to compare with.</summary>
    public static Decision? Entered(Tender tender, string tenderId) =>
        tender.Phase > TenderPhase.None ? null : Decision.Refuse($"tender {tenderId} has not entered the centre");

    public static Decision? NoticePublished(Tender tender, string tenderId, string action) =>
        tender.Phase >= TenderPhase.NoticePublished ? null
        : Decision.Refuse($"tender {tenderId} has no published notice yet: no {action} before the notice");

    /// <summary>Bids, amendments and withdrawals must arrive strictly before the deadline (Bidding Law Art. 28, 29).</summary>
    public static Decision? BeforeDeadline(Tender tender, DateTimeOffset now, string what, bool recordInTrail) =>
        now < tender.BidDeadline ? null
        : Decision.Refuse($"{what} for tender {tender.TenderId} arrived at {When(now)}, not before the deadline {When(tender.BidDeadline)}", recordInTrail);

    public static Decision? Sha256(string? value, string what) =>
        value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower) ? null
        : Decision.Refuse($"{what} \"{value}\" is not a SHA-256 hash in lowercase hex (64 characters)");

    public static Decision? Base64(string? value, string what) =>
        value is { Length: > 0 } && System.Buffers.Text.Base64.IsValid(value) ? null
        : Decision.Refuse($"{what} \"{value}\" is not base64");

    public static Decision? Text(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? Decision.Refuse($"{what} is empty") : null;

    /// <summary>Ids become parts of stream ids (<see cref="BiddingStreams"/>).</summary>
    public static Decision? Id(string? value, string what) =>
        !string.IsNullOrEmpty(value) && !value.Contains('/') && !value.Any(char.IsControl) ? null
        : Decision.Refuse($"{what} \"{value}\" must be non-empty, without '/' or control characters");

    /// <summary>Event times are UTC and whole microseconds, the only times with a canonical spelling.</summary>
    public static Decision? Instant(DateTimeOffset value, string what) =>
        value.Offset == TimeSpan.Zero && CanonicalValues.TryTimestamp(value, out _, out _) ? null
        : Decision.Refuse($"{what} {value.ToString("O", CultureInfo.InvariantCulture)} must be UTC in whole microseconds");

    /// <summary>A caller that loaded the wrong stream is a bug, not a refusal.</summary>
    /// <exception cref="ArgumentException">The state belongs to another tender.</exception>
    public static void Stream(Tender tender, string tenderId)
    {
        if (tender.TenderId.Length > 0 && tender.TenderId != tenderId)
        {
            throw new ArgumentException($"the state is of tender {tender.TenderId}, the command of tender {tenderId}: load the command's stream", nameof(tender));
        }
    }

    /// <inheritdoc cref="Stream(Tender, string)"/>
    public static void Stream(Tender tender, Bid bid, string tenderId, string bidderId)
    {
        Stream(tender, tenderId);
        if ((bid.TenderId.Length > 0 && bid.TenderId != tenderId) || (bid.BidderId.Length > 0 && bid.BidderId != bidderId))
        {
            throw new ArgumentException(
                $"the state is of the bid of {bid.BidderId} for tender {bid.TenderId}, the command of {bidderId} for {tenderId}: load the command's stream", nameof(bid));
        }
    }
}
