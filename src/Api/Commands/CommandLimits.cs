namespace Ledger.Api.Commands;

/// <summary>
/// How large a request may be. The largest command (an opening with its reveals) is a few KiB; the limits leave
/// room for long texts and large tenders while keeping a flood of bytes or a pathological nesting from costing memory.
/// </summary>
public static class CommandLimits
{
    /// <summary>256 KiB: Kestrel refuses larger bodies on every endpoint, and the command endpoints refuse them
    /// whatever the server (413).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Commands nest three levels at most; deeper JSON is refused (400) before it is bound.</summary>
    public const int MaxDepth = 16;
}
