using Ledger.Evidence.Canonical;

namespace Ledger.Actions;

/// <summary>
/// Who did something: the person (an opaque id; the name is personal data, committed, not hashed in
/// clear), the organisation they acted for (unified social credit code or the centre's id), and the role
/// they acted in. Every event carries one.
/// </summary>
public sealed record Actor(string PersonId, [property: Personal] string? PersonName, string Organisation, Role Role);
