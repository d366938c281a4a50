using Marten;

namespace Ledger.Projections.Warnings;

/// <summary>
/// Compares deposit source accounts (Regulations Art. 40 (6)) where they are disclosed: <c>ledger_personal</c> keeps each
/// account's value beside its event, while Marten's copy holds a salted commitment that differs for equal accounts. The
/// comparison runs in the database and only a token comes back, equal for equal accounts (trimmed, spaces removed, upper
/// case) within one call, so no account enters a document, a warning or this process. An erased value has no row and
/// matches nothing.
/// </summary>
internal static class DepositAccounts
{
    /// <summary>A token per deposit event of <paramref name="deposits"/> whose account is disclosed.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> TokensAsync(IQuerySession session, IReadOnlyCollection<Guid> deposits, CancellationToken ct)
    {
        if (deposits.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        var schema = LedgerTables.Schema(session);
        var groups = await session.QueryAsync<AccountGroup>(
            $$"""
            select jsonb_build_object('eventId', event_id, 'group', dense_rank() over (order by account))
            from (select event_id, upper(replace(btrim(convert_from(value, 'UTF8')::jsonb #>> '{}'), ' ', '')) as account
                  from {{schema}}.ledger_personal where event_id = any(?) and path = '/data/sourceAccount') p
            where account is not null
            """,
            ct,
            [deposits.ToArray()]);
        return groups.ToDictionary(g => g.EventId, g => $"account-{g.Group}");
    }

    private sealed record AccountGroup(Guid EventId, long Group);
}
