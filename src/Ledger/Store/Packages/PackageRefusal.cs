namespace Ledger.Store.Packages;

/// <summary>Why the store would not make a package.</summary>
public enum PackageRefusal
{
    /// <summary>The scope holds no event (an unknown tender, company, address or case).</summary>
    NoEvents,

    /// <summary>Event ids were named that the ledger does not hold.</summary>
    UnknownEvents,

    /// <summary>Some events are not in a block yet: ask again after the next seal (within the seal interval).</summary>
    NotSealed,

    /// <summary>More events than one package may hold.</summary>
    TooLarge,
}
