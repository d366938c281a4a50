using Ledger.Actions;

namespace Ledger.Tests.Bidding;

internal static class Decisions
{
    /// <summary>The single event of an accepted decision, of type <typeparamref name="T"/>.</summary>
    public static T Accepted<T>(Decision decision)
    {
        Assert.True(decision.IsAccepted, decision.Refusal);
        return Assert.IsType<T>(Assert.Single(decision.Events));
    }

    /// <summary>The reason of a refusal, after checking it appends nothing and is or is not recorded in the actor's trail.</summary>
    public static string Refused(Decision decision, bool recordInTrail = false)
    {
        Assert.False(decision.IsAccepted, "the command was accepted");
        Assert.Empty(decision.Events);
        Assert.Equal(recordInTrail, decision.RecordInTrail);
        return decision.Refusal!;
    }
}
