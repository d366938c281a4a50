using System.Globalization;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Notes;

namespace Ledger.Store;

/// <summary>
/// What a submitter gets at once, before sealing: a signed note saying the log holds this event and will
/// put it in a block by <see cref="SealBy"/>. Its first line can never parse as a checkpoint, so a promise
/// cannot be passed off as a block:
/// <code>
/// ledger-promise/v1
/// origin O
/// event hex(event hash)
/// stream S
/// version N
/// time T
/// seal-by T
/// </code>
/// </summary>
public sealed record Promise(Guid EventId, string Origin, byte[] EventHash, string Stream, long Version, DateTimeOffset Time, DateTimeOffset SealBy)
{
    public const string Header = "ledger-promise/v1";

    public string ToText() => string.Create(CultureInfo.InvariantCulture, $"""
        {Header}
        origin {Origin}
        event {Convert.ToHexStringLower(EventHash)}
        stream {Stream}
        version {Version}
        time {CanonicalValues.Timestamp(Time)}
        seal-by {CanonicalValues.Timestamp(SealBy)}

        """);

    public SignedNote Sign(IEnumerable<SignerKey> keys)
    {
        var text = ToText();
        return SignedNote.Create(text, keys.Select(k => k.Sign(text)));
    }
}
