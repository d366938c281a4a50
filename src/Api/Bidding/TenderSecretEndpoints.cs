using Ledger.Access;
using Ledger.Actions;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Api.Reads;
using Ledger.Bidding;
using Ledger.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Bidding;

/// <summary>
/// A tender's secrets, kept by time rather than by role: bids are sealed until the opening, for the centre's operators
/// as for everyone else (a bidder sees only its own), and the expert panel is secret until the result is settled
/// (candidates published) to all but the centre that drew it and the oversight bodies. Every read and every refused
/// attempt is recorded in the reader's trail; an attempt on a sealed bid is exactly what Art. 41 detectors look for.
/// </summary>
public static class TenderSecretEndpoints
{
    private static readonly HashSet<Role> PanelKeepers = [Role.CentreOperator, Role.Supervisor, Role.DisciplineInspector, Role.Auditor, Role.Court];

    public static void MapTenderSecrets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/bidding/tenders/{tenderId}").RequireAuthorization(LedgerPolicies.TenderSecrets);
        group.MapGet("/bids", (string tenderId, HttpContext http, LedgerRuntime runtime, CancellationToken ct) => BidsAsync(tenderId, null, http, runtime, ct));
        group.MapGet("/bids/{bidderId}", (string tenderId, string bidderId, HttpContext http, LedgerRuntime runtime, CancellationToken ct) => BidsAsync(tenderId, bidderId, http, runtime, ct));
        group.MapGet("/panel", PanelAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<BidReply>>, ProblemHttpResult>> BidsAsync(
        string tenderId, string? bidderId, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (bidderId is not null && !BiddingStreams.IsValidId(bidderId))
        {
            return TypedResults.Problem($"bidder id '{bidderId}' is not a valid id", statusCode: StatusCodes.Status400BadRequest);
        }
        if (await TenderAsync(store, tenderId, ct) is not { } tender)
        {
            return NotFound(tenderId);
        }
        var actor = CurrentActor.Of(http);
        var opened = tender.Phase >= TenderPhase.Opened;
        var ownBid = actor.Role == Role.Bidder && bidderId is not null && actor.Organisation == bidderId;
        if (!opened && !ownBid)
        {
            return await RecordedRead.DeniedAsync(http, store, ReadSubject.SealedBid(tenderId, bidderId),
                $"bids of tender {tenderId} are sealed until the opening at {tender.OpeningTime:yyyy-MM-ddTHH:mm:ssZ}; no one may read them before", ct);
        }
        if (!ownBid && !await IsPartyAsync(store, tender, actor, ct))
        {
            return await RecordedRead.DeniedAsync(http, store, ReadSubject.BidPrices(tenderId, bidderId), $"{actor.Organisation} ({actor.Role}) is not a party to tender {tenderId}", ct);
        }
        var subject = opened ? ReadSubject.BidPrices(tenderId, bidderId) : ReadSubject.SealedBid(tenderId, bidderId);
        var keys = bidderId is null ? await store.StreamKeysStartingWithAsync(BiddingStreams.BidStreamPrefix(tenderId), ct) : [BiddingStreams.BidStream(tenderId, bidderId)];
        var bids = new List<BidReply>();
        foreach (var key in keys)
        {
            var view = await store.ReadStreamAsync(key, ct);
            if (view.Version == 0)
            {
                continue;
            }
            var bid = Bid.Replay(view.Events);
            var openedBid = tender.OpenedBids.FirstOrDefault(o => o.BidderId == bid.BidderId);
            bids.Add(new BidReply(bid.BidderId, bid.Status, bid.FileHash, bid.FileSize, bid.PriceCommitment, bid.Amendments, openedBid?.Outcome, openedBid?.Price));
        }
        if (bidderId is not null && bids.Count == 0)
        {
            return TypedResults.Problem($"no bid of {bidderId} in tender {tenderId}", statusCode: StatusCodes.Status404NotFound);
        }
        return await RecordedRead.GrantedAsync(http, store, subject, ct) is { } unrecorded ? unrecorded : TypedResults.Ok<IReadOnlyList<BidReply>>(bids);
    }

    private static async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> PanelAsync(string tenderId, HttpContext http, LedgerRuntime runtime, CancellationToken ct)
    {
        if (runtime.Store is not { } store)
        {
            return Starting();
        }
        if (await TenderAsync(store, tenderId, ct) is not { } tender)
        {
            return NotFound(tenderId);
        }
        var settled = tender.Phase >= TenderPhase.CandidatesPublished;
        if (!settled && !PanelKeepers.Contains(CurrentActor.Of(http).Role))
        {
            return await RecordedRead.DeniedAsync(http, store, ReadSubject.ExpertPanel(tenderId),
                $"the expert panel of tender {tenderId} is secret until the result is settled (评标委员会成员名单在中标结果确定前应当保密)", ct);
        }
        return await RecordedRead.GrantedAsync(http, store, ReadSubject.ExpertPanel(tenderId), ct) is { } unrecorded
            ? unrecorded
            : TypedResults.Ok(tender.Panel);
    }

    private static async Task<Tender?> TenderAsync(LedgerStore store, string tenderId, CancellationToken ct)
    {
        if (!BiddingStreams.IsValidId(tenderId))
        {
            return null;
        }
        var view = await store.ReadStreamAsync(BiddingStreams.TenderStream(tenderId), ct);
        return view.Version == 0 ? null : Tender.Replay(view.Events);
    }

    /// <summary>
    /// Whether the reader takes part in this tender: its tenderer or agent, an expert seated on its panel, or a bidder that
    /// submitted a bid; the centre and the oversight bodies take part in every tender.
    /// </summary>
    private static async Task<bool> IsPartyAsync(LedgerStore store, Tender tender, Actor reader, CancellationToken ct) => reader.Role switch
    {
        Role.Tenderer => reader.Organisation == tender.TendererId,
        Role.TenderAgent => reader.Organisation == tender.AgentId,
        Role.Expert => tender.Panel.Contains(reader.PersonId),
        Role.Bidder => BiddingStreams.IsValidId(reader.Organisation)
            && Bid.Replay((await store.ReadStreamAsync(BiddingStreams.BidStream(tender.TenderId, reader.Organisation), ct)).Events).Status != BidStatus.NotSubmitted,
        _ => true,
    };

    private static ProblemHttpResult NotFound(string tenderId) =>
        TypedResults.Problem($"no tender {tenderId}", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Starting() =>
        TypedResults.Problem("the ledger is still starting", statusCode: StatusCodes.Status503ServiceUnavailable);
}
