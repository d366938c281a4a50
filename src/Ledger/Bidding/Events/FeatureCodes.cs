namespace Ledger.Bidding.Events;

/// <summary>
/// 特征码: identifiers of the machine and software that produced a bid file. Deliberately not personal data
/// in the event: collusion screening (Regulations Art. 40 (1)) matches them across bidders, which a salted
/// commitment would prevent.
/// </summary>
/// <param name="DongleSerial">造价软件加密锁序列号, when the bid was priced with cost-estimating software.</param>
public sealed record FeatureCodes(
    string MacAddress,
    string CpuId,
    string DiskSerial,
    string? DongleSerial,
    string IpAddress,
    string CreatingSoftware);
