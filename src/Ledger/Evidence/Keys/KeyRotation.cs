using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ledger.Evidence.Notes;

namespace Ledger.Evidence.Keys;

/// <summary>
/// A log key handed over to its successor, as a signed note that both keys sign: the outgoing one says the
/// log adopts the new key, the incoming one proves it is held. Recorded in the ledger as an event, so the
/// log's key history is itself sealed, and applied to a <see cref="Keyring"/> by anyone offline:
/// <code>
/// ledger-key-rotation/v1
/// origin O
/// retire &lt;vkey&gt;
/// adopt &lt;vkey&gt;
/// from yyyy-MM-ddTHH:mm:ss.ffffffZ
/// </code>
/// From <see cref="From"/> on, only the adopted key signs the log's blocks and promises.
/// </summary>
public sealed record KeyRotation(string Origin, VerifierKey Retired, VerifierKey Adopted, DateTimeOffset From)
{
    public const string Header = "ledger-key-rotation/v1";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public string ToText() => string.Create(CultureInfo.InvariantCulture, $"""
        {Header}
        origin {Origin}
        retire {Retired}
        adopt {Adopted}
        from {Time(From)}

        """);

    /// <summary>The rotation note, signed by <paramref name="outgoing"/> (the key retired) and <paramref name="incoming"/> (the key adopted).</summary>
    public static SignedNote Sign(string origin, SignerKey outgoing, SignerKey incoming, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        ArgumentNullException.ThrowIfNull(incoming);
        if (outgoing.Scheme != incoming.Scheme)
        {
            throw new ArgumentException($"a {outgoing.Scheme.Name} key can only hand over to another {outgoing.Scheme.Name} key, not to {incoming.Scheme.Name}", nameof(incoming));
        }
        if (from.UtcTicks % TimeSpan.TicksPerMicrosecond != 0)
        {
            throw new ArgumentException($"{from:O} has sub-microsecond ticks; a rotation's time is written in whole microseconds", nameof(from));
        }
        if (outgoing.Verifier.ToString() == incoming.Verifier.ToString())
        {
            throw new ArgumentException($"key {outgoing.Verifier.Handle} cannot hand over to itself", nameof(incoming));
        }
        var text = new KeyRotation(origin, outgoing.Verifier, incoming.Verifier, from).ToText();
        return SignedNote.Create(text, [outgoing.Sign(text), incoming.Sign(text)]);
    }

    /// <summary>Parses a rotation note and checks that both the retired and the adopted key signed it.</summary>
    public static bool TryOpen(string note, [NotNullWhen(true)] out KeyRotation? rotation, [NotNullWhen(false)] out string? error)
    {
        rotation = null;
        if (!SignedNote.TryParse(note, out var signed, out error))
        {
            return false;
        }
        var lines = signed.Text.Split('\n');
        if (lines is not [Header, var origin, var retire, var adopt, var from, ""]
            || !origin.StartsWith("origin ", StringComparison.Ordinal) || !retire.StartsWith("retire ", StringComparison.Ordinal)
            || !adopt.StartsWith("adopt ", StringComparison.Ordinal) || !from.StartsWith("from ", StringComparison.Ordinal))
        {
            error = $"key rotation: the text is not the {Header} lines origin, retire, adopt, from";
            return false;
        }
        if (!VerifierKey.TryParse(retire["retire ".Length..], out var retired, out var keyError)
            || !VerifierKey.TryParse(adopt["adopt ".Length..], out var adopted, out keyError))
        {
            error = $"key rotation: {keyError}";
            return false;
        }
        if (!DateTimeOffset.TryParseExact(from["from ".Length..], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            error = $"key rotation: from '{from["from ".Length..]}' is not a time like 2026-01-02T03:04:05.000000Z";
            return false;
        }
        foreach (var (key, role) in new[] { (retired, "retired"), (adopted, "adopted") })
        {
            if (!signed.Open([key]).Verdict.IsValid)
            {
                error = $"key rotation: not signed by the {role} key {key.Handle}";
                return false;
            }
        }
        rotation = new KeyRotation(origin["origin ".Length..], retired, adopted, time);
        error = null;
        return true;
    }

    /// <summary>
    /// The keyring after this rotation: the retired key valid until <see cref="From"/>, the adopted key from it.
    /// The retired key MUST be in <paramref name="keyring"/> and still in service at <see cref="From"/>.
    /// </summary>
    public Keyring ApplyTo(Keyring keyring)
    {
        ArgumentNullException.ThrowIfNull(keyring);
        var retiring = keyring.Find(Retired) ?? throw new InvalidOperationException($"key rotation retires {Retired.Handle}, which the keyring does not hold");
        if (!retiring.CheckAt(From).IsValid || From < retiring.ValidFrom)
        {
            throw new InvalidOperationException($"key rotation retires {Retired.Handle} at {Time(From)}, when it is not in service");
        }
        return new Keyring([
            .. keyring.Entries.Select(e => e == retiring ? e with { ValidUntil = From } : e),
            new KeyringEntry(Adopted, From),
        ]);
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
