using Ledger.Actions;

namespace Ledger.Cli.Simulate;

/// <summary>An expert of the provincial pool (甘肃省综合评标专家库): how fast they read and how they lean when scoring.</summary>
/// <param name="Speed">Multiplies the minutes a bid takes; log-normal around 1.</param>
/// <param name="Bias">Points added to every score the expert gives; normal around 0.</param>
internal sealed record Expert(string Id, double Speed, double Bias)
{
    public const string Pool = "GS-EXPERT-POOL";

    public Actor Actor => new(Id, null, Pool, Role.Expert);
}
