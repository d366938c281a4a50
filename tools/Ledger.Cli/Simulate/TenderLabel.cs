namespace Ledger.Cli.Simulate;

/// <summary>The truth about one simulated tender.</summary>
/// <param name="Region">Division code of the tender's district (<c>620102</c> …).</param>
/// <param name="Category">building, municipal, transport, water or landscape.</param>
/// <param name="Method">"scored" (综合评估法) or "lowest-price" (经评审的最低投标价法).</param>
/// <param name="Bids">Bids standing at the opening.</param>
/// <param name="Collusive">True when bidders colluded in it, among themselves or with the tenderer: any <c>bid.*</c>,
/// <c>collusion.*</c> or <c>reads.*</c> (Regulations Art. 41) kind was planted. An expert's misconduct (<c>score.*</c>)
/// alone leaves it false.</param>
/// <param name="Kinds">The kinds planted in it, as in <see cref="PlantedCase.Kind"/>; empty when honest.</param>
public sealed record TenderLabel(
    string TenderId,
    string Region,
    string Category,
    DateTimeOffset PublishedAt,
    DateTimeOffset Deadline,
    decimal Ceiling,
    string Method,
    int Bids,
    string WinnerId,
    decimal WinningPrice,
    bool Collusive,
    IReadOnlyList<string> Kinds);
