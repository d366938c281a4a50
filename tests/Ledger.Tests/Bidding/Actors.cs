using Ledger.Actions;

namespace Ledger.Tests.Bidding;

/// <summary>The people who act on the sample tender.</summary>
internal static class Actors
{
    public const string TendererId = "91620100MA7TENDER1";
    public const string AgentId = "91620100MA7AGENT01";

    public static readonly Actor Centre = new("P-C01", "王五", "LZ-GGZYJY", Role.CentreOperator);
    public static readonly Actor Tenderer = new("P-T01", "赵六", TendererId, Role.Tenderer);
    public static readonly Actor Agent = new("P-A01", null, AgentId, Role.TenderAgent);
    public static readonly Actor OtherTenderer = new("P-T99", null, "91620100MA7OTHER99", Role.Tenderer);
    public static readonly Actor Supervisor = new("P-S01", null, "LZ-FGW", Role.Supervisor);

    public static Actor Bidder(string bidderId) => new($"P-{bidderId}", null, bidderId, Role.Bidder);

    public static Actor Expert(string expertId) => new(expertId, null, "EXPERT-POOL", Role.Expert);
}
