using System.Diagnostics;
using System.Globalization;
using Ledger.Actions;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using Ledger.Cli.Demo;

namespace Ledger.Cli.Bench.Load;

/// <summary>
/// One bidder under load: its own organisation, person, token and connection. Set up, it obtains the documents of its
/// tenders and has the centre record its deposits; under load it goes round its tenders, submitting a bid to each
/// once and amending it after, as fast as the API answers, until the time is up.
/// </summary>
internal sealed class Bidder : IDisposable
{
    /// <summary>After an answer never came, a short pause, so a dead API is not hammered in a tight loop.</summary>
    private static readonly TimeSpan AfterNoAnswer = TimeSpan.FromMilliseconds(100);

    private readonly int number;
    private readonly string run;
    private readonly IReadOnlyList<TenderNotice> tenders;
    private readonly LoadClient client;
    private readonly string token;
    private readonly string centreToken;
    private readonly bool[] standing;
    private readonly List<double> latencies = new(1024);
    private readonly Dictionary<string, int> errors = [];
    private readonly List<AppendedEvent> acknowledged = [];

    /// <param name="tokenFor">Signs the bidder's own token.</param>
    /// <param name="centreToken">The centre's token, which records deposits.</param>
    public Bidder(int number, string run, IReadOnlyList<TenderNotice> tenders, LoadClient client, Func<Actor, string> tokenFor, string centreToken)
    {
        (this.number, this.run, this.tenders, this.client, this.centreToken) = (number, run, tenders, client, centreToken);
        Id = $"91BENCH{run.ToUpperInvariant()}{number:D5}";
        token = tokenFor(Actor);
        standing = new bool[tenders.Count];
    }

    public string Id { get; }

    /// <summary>The person who acts for the bidder; unique per run, so each has a trail of its own.</summary>
    public Actor Actor => new($"p-bench-{run}-{number}", null, Id, Role.Bidder);

    /// <summary>Each answered or unanswered request's time under load, in milliseconds.</summary>
    public IReadOnlyList<double> Latencies => latencies;

    /// <summary>Requests under load that were not accepted, by status.</summary>
    public IReadOnlyDictionary<string, int> Errors => errors;

    /// <summary>The events of the commands accepted under load.</summary>
    public IReadOnlyList<AppendedEvent> Acknowledged => acknowledged;

    public int Commands { get; private set; }

    /// <summary>Documents and deposit for each tender; the events they recorded. Anything refused stops the run.</summary>
    public async Task<IReadOnlyList<AppendedEvent>> SetUpAsync(CancellationToken ct)
    {
        var events = new List<AppendedEvent>();
        foreach (var tender in tenders)
        {
            var documents = await client.PostAsync(token, "bidding/obtain-documents", new ObtainDocuments(tender.TenderId, Id, tender.DocumentsHash), ct);
            events.AddRange(documents.EventsOrStop($"POST /bidding/obtain-documents of bidder {Id}"));
            var deposit = new PayDeposit(tender.TenderId, Id, DepositMethod.ElectronicGuarantee, tender.Deposit, $"BH-{run}-{number}-{tender.TenderId}", "示例融资担保有限公司", null, null);
            events.AddRange((await client.PostAsync(centreToken, "bidding/pay-deposit", deposit, ct)).EventsOrStop($"POST /bidding/pay-deposit of bidder {Id}"));
        }
        return events;
    }

    /// <summary>
    /// Submits and amends until <paramref name="clock"/> reaches <paramref name="duration"/>; a request under way
    /// then finishes. A refusal says which state the bid is in (a second submission, an amendment of nothing), so
    /// the next request for that tender follows it.
    /// </summary>
    public async Task LoadAsync(Stopwatch clock, TimeSpan duration, CancellationToken ct)
    {
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var slot = i % tenders.Count;
            var tender = tenders[slot];
            var submit = !standing[slot];
            var file = SealedFile.New(tender.TenderId, Id);
            var answer = submit
                ? await client.PostAsync(token, "bidding/submit-bid", new SubmitBid(tender.TenderId, Id, file.Hash, file.Size, file.Signature, Certificate, Machine, file.PriceCommitment), ct)
                : await client.PostAsync(token, "bidding/amend-bid", new AmendBid(tender.TenderId, Id, file.Hash, file.Size, file.Signature, Certificate, Machine, file.PriceCommitment), ct);
            latencies.Add(answer.Milliseconds);
            if (answer.IsAccepted)
            {
                acknowledged.AddRange(answer.Events);
                Commands++;
                standing[slot] = true;
                continue;
            }
            errors[answer.Kind] = errors.GetValueOrDefault(answer.Kind) + 1;
            if (answer.Status == 422)
            {
                standing[slot] = submit;
            }
            else if (answer.Status is null)
            {
                await Task.Delay(AfterNoAnswer, ct);
            }
        }
    }

    public void Dispose() => client.Dispose();

    private string Certificate => $"BENCH-CA-{number:D6}";

    /// <summary>Feature codes of this bidder's own machine: shared ones would be flagged as collusion.</summary>
    private FeatureCodes Machine => new(
        string.Create(CultureInfo.InvariantCulture, $"02-00-00-{number >> 16 & 0xff:X2}-{number >> 8 & 0xff:X2}-{number & 0xff:X2}"),
        $"BENCH{number:X8}",
        $"BENCH-DISK-{number:D6}",
        null,
        string.Create(CultureInfo.InvariantCulture, $"10.{number >> 16 & 0xff}.{number >> 8 & 0xff}.{number & 0xff}"),
        "ledger bench api");
}
