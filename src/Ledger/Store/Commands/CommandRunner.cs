using Ledger.Actions;
using Ledger.Evidence;
using Ledger.Store.Idempotency;
using Marten;

namespace Ledger.Store.Commands;

/// <summary>
/// Runs a command the event-sourced way: read the streams it depends on, decide against their state, and
/// append the decision's events to the target stream at the version that was read. If another action
/// reached the stream first, everything is read and decided again (a few times, then the conflict is
/// reported). A refusal appends nothing to the business stream; one that matters for audit is recorded
/// in the actor's trail.
/// </summary>
public sealed class CommandRunner(LedgerStore store)
{
    private const int Attempts = 5;

    /// <param name="command">The command's name, for the trail.</param>
    /// <param name="target">The stream the events go to; <paramref name="decide"/> must read it.</param>
    /// <param name="decide">Reads what it needs through the <see cref="CommandReads"/>, then decides at its
    /// <see cref="CommandReads.Now"/>. The append re-checks every read in its transaction.</param>
    public Task<CommandOutcome> RunAsync(
        string command, string target, Func<CommandReads, Task<Decision>> decide, EventContext context, CancellationToken ct = default) =>
        RunAsync(command, target, decide, context, idempotency: null, ct);

    /// <param name="idempotency">When given, the answer to the outcome is remembered under its key in the transaction
    /// that records the outcome (the events, or the refusal in the trail), or on its own for a refusal that records
    /// nothing. Throws <see cref="IdempotencyKeyTakenException"/> when a request with the key committed first: nothing of
    /// this one is recorded then.</param>
    public async Task<CommandOutcome> RunAsync(
        string command, string target, Func<CommandReads, Task<Decision>> decide, EventContext context, IdempotentRequest? idempotency, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.Marten.QuerySession();
            var reads = new CommandReads(session, store);
            var decision = await decide(reads);
            if (!decision.IsAccepted)
            {
                var refused = new CommandOutcome([], decision.Refusal);
                // The trail's promise is no answer to the caller: the refusal is, whatever the trail append returns.
                var remembered = idempotency is null ? null : idempotency with { AnswerTo = _ => idempotency.AnswerTo(refused) };
                if (decision.RecordInTrail)
                {
                    await RecordRefusalAsync(command, target, decision.Refusal!, context, remembered, ct);
                }
                else if (remembered is not null)
                {
                    await store.RememberAsync(remembered, remembered.AnswerTo(refused), LedgerTime.Truncate(store.Options.Clock.GetUtcNow()), ct);
                }
                return refused;
            }
            var version = reads.VersionOf(target);
            try
            {
                return new CommandOutcome(await store.AppendDecidedAsync(target, version, decision.Events, context, reads.Now, reads.Read, idempotency, ct), null);
            }
            catch (StreamConflictException) when (attempt < Attempts)
            {
            }
        }
    }

    private async Task RecordRefusalAsync(string command, string target, string reason, EventContext context, IdempotentRequest? idempotency, CancellationToken ct)
    {
        var trail = $"trail/{context.Actor.PersonId}";
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.Marten.QuerySession();
            var state = await session.Events.FetchStreamStateAsync(trail, ct);
            try
            {
                await store.AppendDecidedAsync(
                    trail, state?.Version ?? 0, [new ActionRefused(command, target, reason)], context, LedgerTime.Truncate(store.Options.Clock.GetUtcNow()), reads: null, idempotency, ct);
                return;
            }
            catch (StreamConflictException) when (attempt < Attempts)
            {
            }
        }
    }
}
