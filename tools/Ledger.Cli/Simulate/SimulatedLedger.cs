using Ledger.Access;
using Ledger.Actions;
using Ledger.Addresses;
using Ledger.Approvals;
using Ledger.Bidding;
using Ledger.Bidding.Commands;
using Ledger.Store;
using Ledger.Store.Commands;

namespace Ledger.Cli.Simulate;

/// <summary>
/// Records the simulation through the commands the API runs: each reads its streams, decides with the family's rules at
/// the time its story gives, and appends through <see cref="CommandRunner"/>, exactly as the endpoints in src/Api do. A
/// refusal throws <see cref="SimulationRefusedException"/>. Reads are recorded through <see cref="AccessLog"/>, as the
/// endpoints record them before serving. Every appended event is entered in the <see cref="EventBook"/>.
/// </summary>
internal sealed class SimulatedLedger(LedgerStore store, SimulationClock clock, EventBook book, string correlation, CancellationToken ct)
{
    private readonly CommandRunner runner = new(store);

    public Task TenderAsync<T>(DateTimeOffset at, Actor actor, T command, string tenderId, Func<Tender, T, Actor, DateTimeOffset, Decision> rule, string? detail = null)
        where T : notnull =>
        RunAsync(at, actor, command, BiddingStreams.TenderStream(tenderId), detail, async r => rule(await TenderOf(r, tenderId), command, actor, r.Now));

    public Task BidAsync<T>(DateTimeOffset at, Actor actor, T command, string tenderId, string bidderId, Func<Tender, Bid, T, Actor, DateTimeOffset, Decision> rule)
        where T : notnull =>
        RunAsync(at, actor, command, BiddingStreams.BidStream(tenderId, bidderId), null,
            async r => rule(await TenderOf(r, tenderId), Bid.Replay((await r.StreamAsync(BiddingStreams.BidStream(tenderId, bidderId))).Events), command, actor, r.Now));

    public Task OpenAsync(DateTimeOffset at, Actor actor, OpenBids command) =>
        RunAsync(at, actor, command, BiddingStreams.TenderStream(command.TenderId), null, async r =>
        {
            var tender = await TenderOf(r, command.TenderId);
            var bids = await r.StreamsStartingWithAsync(BiddingStreams.BidStreamPrefix(command.TenderId));
            return BiddingRules.Decide(tender, [.. bids.Select(b => Bid.Replay(b.Events))], command, actor, r.Now);
        });

    public Task PropertyAsync<T>(DateTimeOffset at, Actor actor, T command, string propertyId, Func<Property, T, Actor, DateTimeOffset, Decision> rule)
        where T : notnull =>
        RunAsync(at, actor, command, AddressStreams.PropertyStream(propertyId), null, async r => rule(await PropertyOf(r, propertyId), command, actor, r.Now));

    /// <summary>A registration command, decided against the registration and the property as it stands now.</summary>
    /// <param name="propertyId">The property applied at: the registration's own once it has applied.</param>
    public Task RegistrationAsync<T>(
        DateTimeOffset at, Actor actor, T command, string applicationId, string propertyId, Func<CompanyRegistration, Property, T, Actor, DateTimeOffset, Decision> rule)
        where T : notnull =>
        RunAsync(at, actor, command, AddressStreams.RegistrationStream(applicationId), null, async r =>
        {
            var registration = CompanyRegistration.Replay((await r.StreamAsync(AddressStreams.RegistrationStream(applicationId))).Events);
            var property = await PropertyOf(r, registration.PropertyId.Length == 0 ? propertyId : registration.PropertyId);
            return rule(registration, property, command, actor, r.Now);
        });

    public Task CaseAsync<T>(DateTimeOffset at, Actor actor, T command, string caseId, Func<ApprovalCase, T, Actor, DateTimeOffset, Decision> rule, string? detail = null)
        where T : notnull =>
        RunAsync(at, actor, command, ApprovalStreams.CaseStream(caseId), detail,
            async r => rule(ApprovalCase.Replay((await r.StreamAsync(ApprovalStreams.CaseStream(caseId))).Events), command, actor, r.Now));

    public async Task ReadAsync(DateTimeOffset at, PlannedRead read)
    {
        clock.Set(at);
        var context = new EventContext(read.Reader, correlation, null, new ClientInfo(null, "ledger simulate"));
        var promise = await AccessLog.RecordAsync(store, context, read.Subject, read.Purpose, read.Outcome, read.Reason, ct);
        book.Record(read.Ref, promise.Promise.EventId);
    }

    private static async Task<Tender> TenderOf(CommandReads reads, string tenderId) =>
        Tender.Replay((await reads.StreamAsync(BiddingStreams.TenderStream(tenderId))).Events);

    private static async Task<Property> PropertyOf(CommandReads reads, string propertyId) =>
        Property.Replay((await reads.StreamAsync(AddressStreams.PropertyStream(propertyId))).Events);

    private async Task RunAsync(DateTimeOffset at, Actor actor, object command, string target, string? detail, Func<CommandReads, Task<Decision>> decide)
    {
        // Set here, in the command's own flow: the decision and its events take this time, whatever other stories do.
        clock.Set(at);
        Decision? decided = null;
        var context = new EventContext(actor, correlation, null, new ClientInfo(null, "ledger simulate"));
        var name = command.GetType().Name;
        var outcome = await runner.RunAsync(name, target, async r => decided = await decide(r), context, ct);
        if (!outcome.IsAccepted)
        {
            throw new SimulationRefusedException(name, target, at, outcome.Refusal!);
        }
        for (var i = 0; i < outcome.Promises.Count; i++)
        {
            book.Record(new EventRef(target, decided!.Events[i].GetType().Name, detail), outcome.Promises[i].Promise.EventId);
        }
    }
}
