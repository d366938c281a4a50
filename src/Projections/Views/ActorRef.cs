using Ledger.Actions;

namespace Ledger.Projections.Views;

/// <summary>
/// Who acted, as the views show it: the person's opaque id, the organisation and the role. Never the person's name:
/// the ledger keeps only a commitment to it, and a view must not pass a <c>commit:</c> string off as a name.
/// </summary>
public sealed record ActorRef(string PersonId, string Organisation, Role Role)
{
    public static ActorRef Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new ActorRef(actor.PersonId, actor.Organisation, actor.Role);
    }
}
