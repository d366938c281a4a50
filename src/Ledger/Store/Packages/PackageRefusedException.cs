namespace Ledger.Store.Packages;

/// <summary>
/// The store refused to make a package; nothing was exported. <see cref="Events"/> names the events at fault
/// (unknown or not yet sealed), at most <see cref="MaxNamed"/> of them.
/// </summary>
public sealed class PackageRefusedException(PackageRefusal reason, string message, IReadOnlyList<Guid> events)
    : Exception(message)
{
    public const int MaxNamed = 20;

    public PackageRefusal Reason { get; } = reason;

    public IReadOnlyList<Guid> Events { get; } = events;
}
