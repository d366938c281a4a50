namespace Ledger.Projections.Detectors.Addresses;

/// <summary>When the address-risk rules raise a warning.</summary>
public sealed record AddressThresholds
{
    /// <summary>
    /// <c>address.crowded</c> fires at this many companies remaining at one address (一址多照). 10 is a judgement default
    /// for ordinary addresses; cluster-registration addresses (集群注册) need their own, higher value.
    /// </summary>
    public int CrowdedCompanies { get; init; } = 10;

    /// <summary>Score of a negative-list hit at registration for which an override was granted (the listing was weighed
    /// and set aside by an official, so it matters as a trail rather than as a risk).</summary>
    public double OverriddenHitScore { get; init; } = 0.3;

    /// <summary>Score of a company that remains at an address listed after it registered (事后, the 双随机 inspection's
    /// business rather than a registration fault).</summary>
    public double ListedAfterRegistrationScore { get; init; } = 0.6;

    /// <summary>
    /// <c>address.withdrawn-certificate</c> fires once a company has remained this long on a certificate whose owner
    /// withdrew the confirmation: 30 days, the usual time a company gets to register a change of address.
    /// </summary>
    public TimeSpan WithdrawalGrace { get; init; } = TimeSpan.FromDays(30);
}
