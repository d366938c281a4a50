namespace Ledger.Actions;

/// <summary>
/// The claims of a bearer token that name an <see cref="Actor"/>: the person (<c>sub</c>), the organisation they act for
/// (<c>org</c>, unified social credit code or a centre's id), the role (<c>role</c>, a <see cref="Role"/> name) and,
/// optionally, the person's name (<c>name</c>, personal data: it reaches events only as a commitment). An identity
/// provider issuing tokens for the ledger puts these claims in them.
/// </summary>
public static class ActorClaims
{
    public const string Person = "sub";
    public const string Organisation = "org";
    public const string Role = "role";
    public const string Name = "name";
}
