using JasperFx.Events.Daemon;
using Ledger.Access;
using Ledger.Actions;
using Ledger.Addresses;
using Ledger.Approvals;
using Ledger.Bidding;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Projections;
using Ledger.Store;
using Ledger.Store.Commands;
using Marten;
using Microsoft.Extensions.Time.Testing;

namespace Ledger.Tests.Projections.Views;

/// <summary>
/// A ledger store with the projections registered, on a test's own database, whose clock the test sets. Commands run
/// through the real <see cref="CommandRunner"/> and rules, as the API runs them; views are read once the daemon has
/// caught up, with a bounded poll.
/// </summary>
internal sealed class ViewLedger : IAsyncDisposable
{
    private const string Origin = "ledger.test/views";

    private ViewLedger(LedgerStore store, FakeTimeProvider clock)
    {
        Store = store;
        Clock = clock;
    }

    public LedgerStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<ViewLedger> OpenAsync(string connectionString, DateTimeOffset start)
    {
        var clock = new FakeTimeProvider(start);
        var store = await LedgerStore.OpenAsync(new LedgerStoreOptions
        {
            ConnectionString = connectionString,
            Origin = Origin,
            SigningKeys = [SignerKey.Generate(Origin, CryptoSuite.Intl.Signature)],
            Clock = clock,
            ConfigureMarten = LedgerProjections.Configure,
        }, TestContext.Current.CancellationToken);
        return new ViewLedger(store, clock);
    }

    public static EventContext Context(Actor actor) => new(actor, "corr-views", null, new ClientInfo("127.0.0.1", "tests"));

    public Task<IReadOnlyList<Guid>> TenderAsync<TCommand>(string tenderId, TCommand command, Actor actor, Func<Tender, TCommand, Actor, DateTimeOffset, Decision> decide) =>
        AcceptedAsync<TCommand>(BiddingStreams.TenderStream(tenderId), actor, async (reads, now) =>
            decide(Tender.Replay((await reads.StreamAsync(BiddingStreams.TenderStream(tenderId))).Events), command, actor, now));

    public Task<IReadOnlyList<Guid>> BidAsync<TCommand>(string tenderId, string bidderId, TCommand command, Actor actor, Func<Tender, Bid, TCommand, Actor, DateTimeOffset, Decision> decide) =>
        AcceptedAsync<TCommand>(BiddingStreams.BidStream(tenderId, bidderId), actor, async (reads, now) => decide(
            Tender.Replay((await reads.StreamAsync(BiddingStreams.TenderStream(tenderId))).Events),
            Bid.Replay((await reads.StreamAsync(BiddingStreams.BidStream(tenderId, bidderId))).Events),
            command, actor, now));

    public Task<IReadOnlyList<Guid>> OpeningAsync<TCommand>(string tenderId, TCommand command, Actor actor, Func<Tender, IReadOnlyList<Bid>, TCommand, Actor, DateTimeOffset, Decision> decide) =>
        AcceptedAsync<TCommand>(BiddingStreams.TenderStream(tenderId), actor, async (reads, now) =>
        {
            var tender = Tender.Replay((await reads.StreamAsync(BiddingStreams.TenderStream(tenderId))).Events);
            var bids = await reads.StreamsStartingWithAsync(BiddingStreams.BidStreamPrefix(tenderId));
            return decide(tender, [.. bids.Select(b => Bid.Replay(b.Events))], command, actor, now);
        });

    public Task<IReadOnlyList<Guid>> PropertyAsync<TCommand>(string propertyId, TCommand command, Actor actor, Func<Property, TCommand, Actor, DateTimeOffset, Decision> decide) =>
        AcceptedAsync<TCommand>(AddressStreams.PropertyStream(propertyId), actor, async (reads, now) =>
            decide(Property.Replay((await reads.StreamAsync(AddressStreams.PropertyStream(propertyId))).Events), command, actor, now));

    public Task<IReadOnlyList<Guid>> RegistrationAsync<TCommand>(
        string applicationId, string propertyId, TCommand command, Actor actor, Func<CompanyRegistration, Property, TCommand, Actor, DateTimeOffset, Decision> decide) =>
        AcceptedAsync<TCommand>(AddressStreams.RegistrationStream(applicationId), actor, async (reads, now) => decide(
            CompanyRegistration.Replay((await reads.StreamAsync(AddressStreams.RegistrationStream(applicationId))).Events),
            Property.Replay((await reads.StreamAsync(AddressStreams.PropertyStream(propertyId))).Events),
            command, actor, now));

    public Task<IReadOnlyList<Guid>> CaseAsync<TCommand>(string caseId, TCommand command, Actor actor, Func<ApprovalCase, TCommand, Actor, DateTimeOffset, Decision> decide) =>
        AcceptedAsync<TCommand>(ApprovalStreams.CaseStream(caseId), actor, async (reads, now) =>
            decide(ApprovalCase.Replay((await reads.StreamAsync(ApprovalStreams.CaseStream(caseId))).Events), command, actor, now));

    /// <summary>Runs a command the rules must refuse and record in the actor's trail; returns the refusal.</summary>
    public async Task<string> RefusedAsync<TCommand>(string tenderId, TCommand command, Actor actor, Func<Tender, TCommand, Actor, DateTimeOffset, Decision> decide)
    {
        var stream = BiddingStreams.TenderStream(tenderId);
        var outcome = await new CommandRunner(Store).RunAsync(typeof(TCommand).Name, stream, async reads =>
            decide(Tender.Replay((await reads.StreamAsync(stream)).Events), command, actor, Clock.GetUtcNow()), Context(actor), TestContext.Current.CancellationToken);
        Assert.False(outcome.IsAccepted, $"{typeof(TCommand).Name} was accepted");
        return outcome.Refusal!;
    }

    /// <summary>Records a read by <paramref name="reader"/> at the clock's time, denied with <paramref name="refusal"/> when given; returns its event id.</summary>
    public async Task<Guid> ReadAsync(Actor reader, ReadSubject subject, string purpose, string? refusal = null)
    {
        var promise = await AccessLog.RecordAsync(Store, Context(reader), subject, purpose, refusal is null ? AccessOutcome.Granted : AccessOutcome.Denied, refusal,
            TestContext.Current.CancellationToken);
        return promise.Promise.EventId;
    }

    /// <summary>Runs the async daemon until <paramref name="ready"/> holds of the view <paramref name="read"/> returns, for at most a minute.</summary>
    public async Task<T> WhenCaughtUpAsync<T>(Func<IQuerySession, Task<T?>> read, Func<T, bool> ready)
        where T : class
    {
        var ct = TestContext.Current.CancellationToken;
        using var daemon = await Store.Marten.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        try
        {
            for (var i = 0; i < 600; i++)
            {
                await using (var session = Store.Marten.QuerySession())
                {
                    if (await read(session) is { } view && ready(view))
                    {
                        return view;
                    }
                }
                await Task.Delay(100, ct);
            }
            throw new TimeoutException("the async daemon did not bring the view up to date within a minute");
        }
        finally
        {
            await daemon.StopAllAsync();
        }
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();

    private async Task<IReadOnlyList<Guid>> AcceptedAsync<TCommand>(string stream, Actor actor, Func<CommandReads, DateTimeOffset, Task<Decision>> decide)
    {
        var now = Clock.GetUtcNow();
        var outcome = await new CommandRunner(Store).RunAsync(typeof(TCommand).Name, stream, reads => decide(reads, now), Context(actor), TestContext.Current.CancellationToken);
        Assert.True(outcome.IsAccepted, $"{typeof(TCommand).Name} on {stream}: {outcome.Refusal}");
        return [.. outcome.Promises.Select(p => p.Promise.EventId)];
    }
}
