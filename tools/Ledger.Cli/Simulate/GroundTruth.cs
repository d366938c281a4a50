namespace Ledger.Cli.Simulate;

/// <summary>
/// What <c>ledger simulate</c> planted in a market, written beside it as JSON (camelCase, <see cref="TruthFile"/>) for
/// <c>ledger evaluate</c> to score detectors against. The market's ids all start with its name: tenders
/// <c>{market}-T0001</c> (streams <c>tender/{id}</c> and <c>bid/{id}/{bidder}</c>), properties <c>{market}-P0001</c> with
/// standardised addresses <c>{market}-A0001</c> (stream <c>property/{id}</c>), registrations <c>{market}-R00001</c>
/// (<c>company-registration/{id}</c>), approval cases <c>{market}-C0001</c> (<c>approval/{id}</c>); every event's
/// correlation id is <c>simulate/{market}</c>. Bidders, tenderers and departments are named by synthetic credit codes.
/// </summary>
/// <param name="Format"><see cref="CurrentFormat"/>.</param>
/// <param name="Schema">The PostgreSQL schema the market was recorded in.</param>
/// <param name="Tenders">One label per tender, in id order.</param>
/// <param name="Cases">Every planted case, grouped by kind.</param>
/// <param name="Skipped">Kinds the detectors know that were not planted, with the reason.</param>
public sealed record GroundTruth(
    string Format,
    string Market,
    int Seed,
    SimulationParameters Parameters,
    string Schema,
    IReadOnlyList<TenderLabel> Tenders,
    IReadOnlyList<PlantedCase> Cases,
    IReadOnlyList<SkippedKind> Skipped)
{
    public const string CurrentFormat = "ledger-simulation-truth/v1";
}
