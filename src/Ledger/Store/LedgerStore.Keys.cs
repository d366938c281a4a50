using System.Text.Json;
using Ledger.Actions;
using Ledger.Evidence;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Store.Keys;

namespace Ledger.Store;

public sealed partial class LedgerStore
{
    /// <summary>Key history is re-read at least this often, by appenders and the sealer alike.</summary>
    private static readonly TimeSpan KeysRefresh = TimeSpan.FromSeconds(1);

    private volatile LogKeys keys = null!;
    private long keysReadAt;

    /// <summary>The log's keys: which sign when, and the keyring that publishes them.</summary>
    public LogKeys Keys => keys;

    /// <summary>
    /// Hands the log's key of <paramref name="incoming"/>'s scheme over to <paramref name="incoming"/>: records a
    /// <see cref="KeyRotation"/> signed by both as an event in <see cref="LogKeys.Stream"/>; from its time
    /// (<see cref="LedgerStoreOptions.KeyRotationNotice"/> later) promises and blocks are signed by the new key.
    /// </summary>
    /// <exception cref="InvalidOperationException">The log has no key of that scheme, or this process does not hold it.</exception>
    public async Task<SignedPromise> RotateSigningKeyAsync(SignerKey incoming, EventContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        await RefreshKeysAsync(ct);
        var current = keys;
        var from = LedgerTime.Truncate(Options.Clock.GetUtcNow()) + Options.KeyRotationNotice;
        var outgoing = current.At(from).FirstOrDefault(k => k.Scheme == incoming.Scheme)
            ?? throw new InvalidOperationException($"the log has no {incoming.Scheme.Name} key to hand over to {incoming.Verifier.Handle}");
        var note = KeyRotation.Sign(Options.Origin, outgoing, incoming, from);
        var next = current.With(new KeyRotation(Options.Origin, outgoing.Verifier, incoming.Verifier, from), incoming);
        var promise = await AppendAsync(LogKeys.Stream, current.Rotations.Count, new LogKeyRotated(note.ToString()), context, ct);
        keys = next;
        return promise;
    }

    /// <summary>Reads rotations recorded since the last read, by this process or another.</summary>
    public async Task RefreshKeysAsync(CancellationToken ct)
    {
        var current = keys;
        await using var command = DataSource.CreateCommand(
            $"SELECT version, canonical FROM {schema}.ledger_events WHERE stream = $1 AND version > $2 ORDER BY version");
        command.Parameters.AddWithValue(LogKeys.Stream);
        command.Parameters.AddWithValue((long)current.Rotations.Count);
        var later = new List<KeyRotation>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                later.Add(Rotation(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
            }
        }
        if (later.Count > 0)
        {
            keys = current.With(later);
        }
        Interlocked.Exchange(ref keysReadAt, Environment.TickCount64);
    }

    private async Task RefreshKeysIfStaleAsync(CancellationToken ct)
    {
        if (Environment.TickCount64 - Interlocked.Read(ref keysReadAt) >= (long)KeysRefresh.TotalMilliseconds)
        {
            await RefreshKeysAsync(ct);
        }
    }

    private static KeyRotation Rotation(long version, byte[] canonical)
    {
        using var document = JsonDocument.Parse(canonical);
        var note = document.RootElement.GetProperty("data").GetProperty("note").GetString() ?? "";
        return KeyRotation.TryOpen(note, out var rotation, out var error)
            ? rotation
            : throw new InvalidOperationException($"{LogKeys.Stream} version {version} is not a valid key rotation: {error}");
    }
}
