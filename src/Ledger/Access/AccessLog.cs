using Ledger.Actions;
using Ledger.Store;

namespace Ledger.Access;

/// <summary>
/// Records every read of a trail, of sealed or personal data and every evidence export as a <see cref="DataRead"/> in the
/// reader's trail (<see cref="ActorTrail"/>), granted or denied, so the views show who looked at what and the Art. 41
/// detectors see reads as well as writes.
/// </summary>
public static class AccessLog
{
    /// <summary>Longest stated purpose accepted.</summary>
    public const int MaxPurposeLength = 500;

    /// <summary>
    /// Records the read and returns its promise once it is committed. The caller MUST await it before serving anything
    /// and MUST NOT serve when it throws: a read that is not recorded does not happen. Check the arguments first with
    /// <see cref="Problem"/> to answer bad input without an exception.
    /// </summary>
    /// <param name="reader">Who reads, in which role, and the request it is part of.</param>
    /// <param name="reason">For a denied read, the rule that refused it (required then); null when granted.</param>
    /// <exception cref="ArgumentException">The read is not one that can be recorded (<see cref="Problem"/>); nothing was written.</exception>
    /// <exception cref="StoreUnavailableException">The database could not be reached; nothing was recorded.</exception>
    /// <exception cref="StreamConflictException">The reader's trail kept moving under concurrent reads; nothing was recorded.</exception>
    public static async Task<SignedPromise> RecordAsync(
        LedgerStore store, EventContext reader, ReadSubject subject, string purpose, AccessOutcome outcome, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(subject);
        if (Problem(reader.Actor, subject, purpose, outcome, reason) is { } problem)
        {
            throw new ArgumentException(problem);
        }
        return await ActorTrail.AppendAsync(store, new DataRead(subject, purpose.Trim(), outcome, reason?.Trim()), reader, ct);
    }

    /// <summary>Why the read cannot be recorded, in one sentence, or null when it can.</summary>
    public static string? Problem(Actor reader, ReadSubject subject, string? purpose, AccessOutcome outcome, string? reason)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Problem() switch
        {
            { } bad => bad,
            _ when Checks.StreamId(reader.PersonId, "reader person id") is { } badReader => badReader.Refusal,
            _ when string.IsNullOrWhiteSpace(purpose) => "a read must state its purpose or case reference",
            _ when purpose.Length > MaxPurposeLength || purpose.Any(char.IsControl) =>
                $"the stated purpose must be at most {MaxPurposeLength} characters without control characters",
            _ when !Enum.IsDefined(outcome) => $"read outcome {(int)outcome} is neither Granted nor Denied",
            _ when outcome == AccessOutcome.Denied && string.IsNullOrWhiteSpace(reason) => "a denied read must say the rule that denied it",
            _ when outcome == AccessOutcome.Granted && reason is not null => "a granted read has no refusal reason",
            _ when reason is not null && (reason.Length > MaxPurposeLength || reason.Any(char.IsControl)) =>
                $"the refusal reason must be at most {MaxPurposeLength} characters without control characters",
            _ => null,
        };
    }
}
