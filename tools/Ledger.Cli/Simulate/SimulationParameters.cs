namespace Ledger.Cli.Simulate;

/// <summary>What a simulated market is made from: the same parameters make the same market.</summary>
/// <param name="Market">The market's name: lower-case letters, digits and '-', at most 32 characters, starting with a
/// letter or digit. Every id the market creates starts with it (<c>{market}-T0001</c> …), so its streams are found by it.</param>
/// <param name="Rate">The share of tenders, properties and approval cases with planted misconduct, 0 to 1.</param>
/// <param name="Subtlety">0 plants each kind blatantly; 1 plants it at the edge of its detector's default threshold.</param>
/// <param name="Start">The first day of the simulated year (a Monday is best); every time follows from it.</param>
public sealed record SimulationParameters(string Market, int Seed, int Tenders, int Bidders, double Rate, double Subtlety, DateOnly Start)
{
    public const int DefaultTenders = 1000;

    public const int DefaultBidders = 300;

    public const double DefaultRate = 0.1;

    public const double DefaultSubtlety = 0.5;

    public static readonly DateOnly DefaultStart = new(2025, 1, 6);

    /// <summary>Business-address properties: one for every ten tenders, at least ten.</summary>
    public int Properties => Math.Max(10, Tenders / 10);

    /// <summary>Administrative approval cases: one for every five tenders, at least ten.</summary>
    public int ApprovalCases => Math.Max(10, Tenders / 5);

    /// <summary>The expert pool: one expert for every eight tenders, at least thirty.</summary>
    public int Experts => Math.Max(30, Tenders / 8);

    /// <summary>What is wrong with the parameters, in one sentence, or null.</summary>
    public string? Problem() => this switch
    {
        _ when Market.Length is 0 or > 32 || !char.IsAsciiLetterOrDigit(Market[0]) || !Market.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') =>
            $"market name '{Market}' must be 1 to 32 lower-case letters, digits or '-', starting with a letter or digit",
        { Seed: < 0 } => $"seed {Seed} is negative",
        { Tenders: < 1 or > 100_000 } => $"{Tenders} tenders: give 1 to 100000",
        { Bidders: < 20 or > 100_000 } => $"{Bidders} bidders: give 20 to 100000",
        _ when Rate is < 0 or > 1 || double.IsNaN(Rate) => $"rate {Rate} is not between 0 and 1",
        _ when Subtlety is < 0 or > 1 || double.IsNaN(Subtlety) => $"subtlety {Subtlety} is not between 0 and 1",
        _ => null,
    };
}
