using Ledger.Projections.Detectors.Collusion;
using Marten;

namespace Ledger.Projections.Warnings;

/// <summary>
/// Compares the personal identifiers bids and deposits disclose: deposit source accounts (Regulations Art. 40 (6)), the
/// project managers' numbers (Art. 40 (3)) and the contacts' phones (财政部令第87号 Art. 37). <c>ledger_personal</c> keeps each
/// value beside its event while Marten's copy holds a salted commitment that differs for equal values, so the comparison
/// runs in the database, in one query, and only a token comes back, equal for equal values of one kind within one call.
/// An account is compared trimmed, without spaces, in upper case; a number without spaces, in upper case; a phone by its
/// digits, a mobile's 86 dropped. No value enters a document, a warning or this process; an erased value has no row and
/// matches nothing.
/// </summary>
internal static class DisclosedIdentifiers
{
    private const string AccountPath = "/data/sourceAccount";
    private const string ManagerPath = "/data/projectManagerNumber";
    private const string ContactPath = "/data/contactPhone";

    /// <summary>A token per event of <paramref name="eventIds"/> and kind (deposit account, project manager, contact) disclosed.</summary>
    public static async Task<IReadOnlyDictionary<(Guid EventId, IdentifierKind Kind), string>> TokensAsync(
        IQuerySession session, IReadOnlyCollection<Guid> eventIds, CancellationToken ct)
    {
        if (eventIds.Count == 0)
        {
            return new Dictionary<(Guid, IdentifierKind), string>();
        }
        var schema = LedgerTables.Schema(session);
        // A blank account still compares (as it always has); a blank number or phone identifies no one.
        var groups = await session.QueryAsync<ValueGroup>(
            $$"""
            select jsonb_build_object('eventId', event_id, 'path', path, 'group', dense_rank() over (order by path, identifier))
            from (select event_id, path,
                         case path when '{{AccountPath}}' then upper(replace(btrim(v), ' ', ''))
                                   when '{{ManagerPath}}' then upper(regexp_replace(v, '\s', '', 'g'))
                                   else regexp_replace(regexp_replace(v, '\D', '', 'g'), '^86(1\d{10})$', '\1') end as identifier
                  from (select event_id, path, convert_from(value, 'UTF8')::jsonb #>> '{}' as v
                        from {{schema}}.ledger_personal
                        where event_id = any(?) and path in ('{{AccountPath}}', '{{ManagerPath}}', '{{ContactPath}}')) raw) p
            where identifier is not null and (identifier <> '' or path = '{{AccountPath}}')
            """,
            ct,
            [eventIds.ToArray()]);
        return groups.ToDictionary(g => (g.EventId, KindOf(g.Path)), g => $"{KindOf(g.Path)}-{g.Group}");
    }

    private static IdentifierKind KindOf(string path) => path switch
    {
        AccountPath => IdentifierKind.DepositAccount,
        ManagerPath => IdentifierKind.ProjectManager,
        _ => IdentifierKind.Contact,
    };

    private sealed record ValueGroup(Guid EventId, string Path, long Group);
}
