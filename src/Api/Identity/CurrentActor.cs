using System.Security.Claims;
using Ledger.Actions;

namespace Ledger.Api.Identity;

/// <summary>The <see cref="Actor"/> an authenticated request acts as, read from its token's <see cref="ActorClaims"/>.</summary>
public static class CurrentActor
{
    /// <summary>The actor, or null when the principal lacks a person, an organisation or a known role.</summary>
    public static Actor? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var person = user.FindFirstValue(ActorClaims.Person);
        var organisation = user.FindFirstValue(ActorClaims.Organisation);
        var roleName = user.FindFirstValue(ActorClaims.Role);
        // Role names only: Enum.TryParse alone would also take "3" or "Bidder, Court".
        if (string.IsNullOrWhiteSpace(person) || string.IsNullOrWhiteSpace(organisation)
            || roleName is null || !Enum.GetNames<Role>().Contains(roleName) || !Enum.TryParse<Role>(roleName, out var role))
        {
            return null;
        }
        return new Actor(person, user.FindFirstValue(ActorClaims.Name), organisation, role);
    }

    /// <summary>The actor of a request that passed authorization, which every ledger policy demands.</summary>
    public static Actor Of(HttpContext http) =>
        From(http.User) ?? throw new InvalidOperationException("an endpoint without a ledger policy asked for the actor");
}
