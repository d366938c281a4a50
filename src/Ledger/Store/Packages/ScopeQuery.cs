using Npgsql;

namespace Ledger.Store.Packages;

/// <summary>
/// The SQL that finds a scope's events, sealed or not: id, canonical bytes and leaf index (null while waiting),
/// in leaf order. Scopes by content (company, address, property) read the canonical JSON and so scan the events
/// table: an export is rare and may take a moment, appends must not pay for an index on it.
/// </summary>
internal static class ScopeQuery
{
    public static NpgsqlCommand For(PackageScope scope, string schema, NpgsqlConnection connection)
    {
        const string e = "convert_from(e.canonical, 'UTF8')::jsonb";
        const string r = "convert_from(r.canonical, 'UTF8')::jsonb";
        const string p = "convert_from(p.canonical, 'UTF8')::jsonb";
        var registrationsAt = $"SELECT r.stream FROM {schema}.ledger_events r WHERE r.type = 'RegistrationApplied' AND ";
        var assigned = $"FROM {schema}.ledger_events p WHERE p.type = 'StandardAddressAssigned' AND {p} #>> '{{data,standardAddressId}}' = $1";
        var id = scope.Label.Id!;
        (string Where, object[] Values) query = scope.Label.Kind switch
        {
            "tender" => ("e.stream = $1 OR starts_with(e.stream, $2)", [scope.Stream!, Bidding.BiddingStreams.BidStreamPrefix(id)]),
            "approval" => ("e.stream = $1", [scope.Stream!]),
            "property" => ($"e.stream = $1 OR e.stream IN ({registrationsAt}{r} #>> '{{data,propertyId}}' = $2)", [scope.Stream!, id]),
            "address" => (
                $"e.stream IN (SELECT p.stream {assigned} UNION {registrationsAt}({r} #>> '{{data,standardAddressId}}' = $1 "
                + $"OR {r} #>> '{{data,propertyId}}' IN (SELECT {p} #>> '{{data,propertyId}}' {assigned})))",
                [id]),
            "company" => ($"{e} #>> '{{meta,actor,organisation}}' = $1 OR jsonb_path_exists({e} -> 'data', '$.** ? (@ == $org)', jsonb_build_object('org', $1::text))", [id]),
            _ => ("e.event_id = ANY($1)", [scope.EventIds.ToArray()]),
        };
        var command = new NpgsqlCommand(
            $"SELECT e.event_id, e.canonical, l.leaf_index FROM {schema}.ledger_events e LEFT JOIN {schema}.ledger_leaves l ON l.event_id = e.event_id "
            + $"WHERE {query.Where} ORDER BY l.leaf_index NULLS LAST, e.event_id",
            connection);
        foreach (var value in query.Values)
        {
            command.Parameters.AddWithValue(value);
        }
        return command;
    }
}
