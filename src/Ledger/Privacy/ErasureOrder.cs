using Ledger.Actions;

namespace Ledger.Privacy;

/// <summary>
/// A lawful order to erase a data subject's personal values from the ledger. Only two issuers are admitted: a
/// <see cref="Role.Court"/> (a judgment or ruling in a personal-information dispute, PIPL Art. 50, 69) and the
/// <see cref="Role.Supervisor"/>, the department performing personal-information protection duties (PIPL Art. 60,
/// 64), whose decision obliges the ledger to delete under Art. 47. The centre's own staff cannot erase: the ledger's
/// operator deleting evidence on its own word is exactly what a tamper-evident ledger must not allow.
/// </summary>
public sealed record ErasureOrder(string OrderReference, string LegalBasis, ErasureSubject Subject)
{
    /// <summary>Longest order reference or legal basis accepted.</summary>
    public const int MaxTextLength = 500;

    public static IReadOnlySet<Role> Issuers { get; } = new HashSet<Role> { Role.Court, Role.Supervisor };

    /// <summary>What keeps <paramref name="issuer"/> from carrying out this order, in one sentence, or null.</summary>
    public string? Problem(Actor issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return this switch
        {
            _ when !Issuers.Contains(issuer.Role) =>
                $"an erasure order is issued by a {string.Join(" or ", Issuers.Order())}; {issuer.PersonId} of {issuer.Organisation} acted as {issuer.Role}",
            _ when Text(OrderReference, "order reference") is { } bad => bad,
            _ when Text(LegalBasis, "legal basis") is { } bad => bad,
            _ when Subject is null => "the order must name its subject",
            // An issuer does not erase its own traces (its reads of the subject's data among them): that takes another body.
            _ when (Subject.Kind == SubjectKind.Person && Subject.Id == issuer.PersonId) || (Subject.Kind == SubjectKind.Organisation && Subject.Id == issuer.Organisation) =>
                $"{issuer.PersonId} of {issuer.Organisation} cannot order the erasure of its own data; another issuer must",
            _ => Subject.Problem(),
        };
    }

    private static string? Text(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? $"the order must state its {what}"
        : value.Length > MaxTextLength || value.Any(char.IsControl) ? $"the {what} must be at most {MaxTextLength} characters without control characters"
        : null;
}
