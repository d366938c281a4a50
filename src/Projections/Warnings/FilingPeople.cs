using Ledger.Projections.Detectors.Collusion;
using Marten;

namespace Ledger.Projections.Warnings;

/// <summary>
/// Compares the project managers' numbers (Regulations Art. 40 (3)) and the contacts' phones (财政部令第87号 Art. 37) that
/// bids name, as <see cref="DepositAccounts"/> compares deposit accounts: <c>ledger_personal</c> keeps each value beside its
/// event while Marten's copy holds a salted commitment, so the comparison runs in the database and only a token comes
/// back, equal for equal values within one call. A number is compared trimmed, without spaces, in upper case; a phone by
/// its digits, a mobile's +86 dropped. No name, number or phone enters a document, a warning or this process; an erased
/// value has no row and matches nothing.
/// </summary>
internal static class FilingPeople
{
    private const string ManagerPath = "/data/projectManagerNumber";
    private const string ContactPath = "/data/contactPhone";

    /// <summary>A token per filing event of <paramref name="filings"/> and kind (project manager, contact) that is disclosed.</summary>
    public static async Task<IReadOnlyDictionary<(Guid EventId, IdentifierKind Kind), string>> TokensAsync(
        IQuerySession session, IReadOnlyCollection<Guid> filings, CancellationToken ct)
    {
        if (filings.Count == 0)
        {
            return new Dictionary<(Guid, IdentifierKind), string>();
        }
        var schema = LedgerTables.Schema(session);
        var groups = await session.QueryAsync<PersonGroup>(
            $$"""
            select jsonb_build_object('eventId', event_id, 'manager', path = '{{ManagerPath}}', 'group', dense_rank() over (order by path, person))
            from (select event_id, path,
                         case path when '{{ManagerPath}}' then upper(regexp_replace(v, '\s', '', 'g'))
                                   else regexp_replace(regexp_replace(v, '\D', '', 'g'), '^86(1\d{10})$', '\1') end as person
                  from (select event_id, path, convert_from(value, 'UTF8')::jsonb #>> '{}' as v
                        from {{schema}}.ledger_personal where event_id = any(?) and path in ('{{ManagerPath}}', '{{ContactPath}}')) raw) p
            where person <> ''
            """,
            ct,
            [filings.ToArray()]);
        return groups.ToDictionary(
            g => (g.EventId, g.Manager ? IdentifierKind.ProjectManager : IdentifierKind.Contact),
            g => $"{(g.Manager ? "manager" : "contact")}-{g.Group}");
    }

    private sealed record PersonGroup(Guid EventId, bool Manager, long Group);
}
