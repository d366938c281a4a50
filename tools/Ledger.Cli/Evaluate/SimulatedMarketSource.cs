using Ledger.Cli.Simulate;
using Ledger.Projections;
using Ledger.Projections.Detectors;
using Ledger.Projections.Detectors.Bids;
using Ledger.Projections.Detectors.Collusion;
using Ledger.Projections.Detectors.Reads;
using Ledger.Projections.Detectors.Scores;
using Ledger.Projections.Learning;
using Ledger.Projections.Warnings;
using Ledger.Store;
using Marten;

namespace Ledger.Cli.Evaluate;

/// <summary>
/// A market recorded by <c>ledger simulate</c>, with its ground truth: the labels from the truth file's tenders, the
/// rules each tender was planted for from its cases, and the tenders as the ledger's detectors saw them, from the
/// warning projection's documents: the prices read at each opening (<see cref="TenderInputs"/>) and the warnings the
/// detectors recorded from inputs the prices do not carry (<see cref="WarningRecord"/>: shared feature codes,
/// documents, deposit accounts, agents; recorded reads; experts' scores). When the store holds no such documents (its
/// projection daemon never ran) every projection is rebuilt first, and the output says so.
/// </summary>
internal sealed class SimulatedMarketSource(LedgerStore store, GroundTruth truth, string truthPath, TextWriter output) : IMarketSource
{
    /// <summary>The recorded rules the bids cannot give: the price rules are recomputed from the opened prices.</summary>
    private static readonly HashSet<string> RecordedRules = new(
        [
            SharedIdentifierDetector.SharedFeatureCode.Id, SharedIdentifierDetector.IdenticalDocument.Id, SharedIdentifierDetector.SameAgent.Id,
            SharedIdentifierDetector.SameContact.Id, SharedIdentifierDetector.SameProjectManager.Id, SharedIdentifierDetector.SameDepositAccount.Id,
            ReadDetector.SealedBidBeforeOpening.Id, ReadDetector.PanelBeforeResult.Id, ReadDetector.AmendAfterRead.Id,
            ScoreDetector.FastEvaluation.Id, ScoreDetector.EvaluatorDeviation.Id, ScoreDetector.BidderDeviation.Id,
        ], StringComparer.Ordinal);

    public string Description => $"simulated market {truth.Market} (seed {truth.Seed}, truth {truthPath})";

    public async Task<IReadOnlyList<LabelledTender>> LoadAsync(CancellationToken ct)
    {
        string[] ids = [.. truth.Tenders.Select(t => t.TenderId)];
        var inputs = await InputsAsync(ids, ct);
        if (inputs.Count == 0)
        {
            output.WriteLine($"no detector documents for market {truth.Market}: the projection daemon has not run on this store; rebuilding every projection from the events (LedgerProjections.RebuildAllAsync) …");
            await LedgerProjections.RebuildAllAsync(store.Marten, ct);
            inputs = await InputsAsync(ids, ct);
            output.WriteLine($"rebuilt: {inputs.Count} of {ids.Length} tenders have detector inputs");
            output.WriteLine();
        }
        if (inputs.Count == 0)
        {
            throw new UsageException($"the store holds no tender of simulated market {truth.Market}: give the --data, --connection or --schema it was recorded in (schema {truth.Schema})");
        }
        await using var session = store.Marten.QuerySession();
        var warnings = (await session.Query<WarningRecord>().Where(w => w.TenderId.IsOneOf(ids) && w.ClearedAt == null).ToListAsync(ct))
            .Where(w => RecordedRules.Contains(w.Rule))
            .ToLookup(w => w.TenderId!, StringComparer.Ordinal);
        var planted = truth.Cases.SelectMany(c => c.Tenders.SelectMany(t => c.Rules.Select(r => (Tender: t, Rule: r))))
            .ToLookup(x => x.Tender, x => x.Rule, StringComparer.Ordinal);
        return [.. truth.Tenders.Select(label => new LabelledTender(
            Bids(label, inputs.GetValueOrDefault(label.TenderId)),
            label.Collusive,
            [])
        {
            Recorded = [.. warnings[label.TenderId].Select(w => new Warning(w.Rule, w.Title, w.Subject, w.Score, w.Explanation, w.Events))],
            Planted = planted[label.TenderId].ToHashSet(StringComparer.Ordinal),
        })];
    }

    private async Task<Dictionary<string, TenderInputs>> InputsAsync(string[] ids, CancellationToken ct)
    {
        await using var session = store.Marten.QuerySession();
        var inputs = await session.LoadManyAsync<TenderInputs>(ct, ids);
        return inputs.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The prices read at the opening, in the truth's region; no bids where the ledger holds no opening.</summary>
    private static TenderBids Bids(TenderLabel label, TenderInputs? inputs) =>
        inputs?.Bids() is { } bids
            ? bids with { Region = label.Region }
            : new TenderBids(label.TenderId, label.Region, DateOnly.FromDateTime(label.Deadline.UtcDateTime), label.Ceiling, []);
}
