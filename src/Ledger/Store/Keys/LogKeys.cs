using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;

namespace Ledger.Store.Keys;

/// <summary>
/// Which of the keys a process holds sign the log at a given time. Before any rotation, the first configured
/// key of each signature scheme (a gm log may add an Ed25519 key for public witnesses); after, whatever the
/// rotations recorded in <see cref="Stream"/> say, so every process sharing the ledger signs with the same
/// keys whatever it was configured with, and fails loudly if it does not hold them.
/// </summary>
public sealed class LogKeys
{
    public const string Stream = "log/keys";

    private readonly IReadOnlyList<SignerKey> held;

    /// <summary>Each keyring entry with the key this process holds for it (null when it holds none); At runs per append.</summary>
    private readonly (KeyringEntry Entry, SignerKey? Key)[] signers;

    private LogKeys(IReadOnlyList<SignerKey> held, IReadOnlyList<KeyRotation> rotations, Keyring keyring)
    {
        this.held = held;
        Rotations = rotations;
        Keyring = keyring;
        var byKey = held.GroupBy(k => k.Verifier.ToString()).ToDictionary(g => g.Key, g => g.First());
        signers = [.. keyring.Entries.Select(e => (e, byKey.GetValueOrDefault(e.Key.ToString())))];
    }

    /// <summary>The rotations so far, in the order the ledger recorded them.</summary>
    public IReadOnlyList<KeyRotation> Rotations { get; }

    /// <summary>Every key the log has signed with, with its life: what <c>/log/keys</c> publishes.</summary>
    public Keyring Keyring { get; }

    /// <summary>
    /// The schedule for <paramref name="configured"/> keys after <paramref name="rotations"/>. A rotation MUST retire
    /// a key in service at its time (the ledger recorded only such; anything else means its key history was altered).
    /// </summary>
    public static LogKeys Create(IReadOnlyList<SignerKey> configured, IReadOnlyList<KeyRotation> rotations)
    {
        var first = configured.GroupBy(k => k.Scheme).Select(g => g.First().Verifier);
        // A scheme's first key is the one its first rotation retired, whatever is configured now.
        var initial = first.Select(k => rotations.FirstOrDefault(r => r.Retired.Type == k.Type)?.Retired ?? k);
        var keyring = new Keyring(initial.Select(k => new KeyringEntry(k, DateTimeOffset.MinValue)));
        foreach (var rotation in rotations)
        {
            keyring = rotation.ApplyTo(keyring);
        }
        return new LogKeys(configured, rotations, keyring);
    }

    /// <summary>The keys that sign what is dated <paramref name="time"/>: one per scheme.</summary>
    /// <exception cref="InvalidOperationException">This process does not hold a key the log signs with at that time,
    /// or holds none at all (a store opened to read).</exception>
    public IReadOnlyList<SignerKey> At(DateTimeOffset time)
    {
        IReadOnlyList<SignerKey> keys =
        [
            .. signers.Where(s => s.Entry.InServiceAt(time)).Select(s => s.Key
                ?? throw new InvalidOperationException(
                    $"the log signs with {s.Entry.Key.Handle} at {time:O}, and this process does not hold that key: configure its key file")),
        ];
        return keys.Count > 0 ? keys : throw new InvalidOperationException("this process holds no signing key: it can read the ledger, not append to it or seal it");
    }

    /// <summary>The schedule with one more rotation and the incoming key held.</summary>
    internal LogKeys With(KeyRotation rotation, SignerKey incoming) =>
        Create([.. held, incoming], [.. Rotations, rotation]);

    /// <summary>The schedule with rotations recorded since this one was read.</summary>
    internal LogKeys With(IEnumerable<KeyRotation> later) => Create(held, [.. Rotations, .. later]);
}
