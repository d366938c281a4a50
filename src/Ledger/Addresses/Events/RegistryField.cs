namespace Ledger.Addresses.Events;

/// <summary>A field of a listing compared with the real-estate registry record (不动产登记).</summary>
public enum RegistryField
{
    /// <summary>权利人.</summary>
    Owner,

    /// <summary>坐落: where the property is.</summary>
    Location,

    /// <summary>规划用途: commercial, office, residential.</summary>
    Use,

    /// <summary>建筑面积.</summary>
    Area,
}
