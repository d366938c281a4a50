namespace Ledger.Bidding.Events;

/// <summary>Which number identifies a bid's project manager (项目负责人).</summary>
public enum ManagerCredential
{
    /// <summary>注册建造师注册证书编号: the registered constructor's registration certificate number, as works tenders require.</summary>
    ConstructorCertificate,

    /// <summary>居民身份证号码: the 18-character citizen ID number (GB 11643), where the tender asks for no registration.</summary>
    IdentityCard,
}
