namespace Ledger.Privacy;

/// <summary>
/// The data subject an erasure order names. <see cref="Id"/> is a ledger person id for a <see cref="SubjectKind.Person"/>,
/// a unified social credit code or the ledger's organisation id for an <see cref="SubjectKind.Organisation"/>; which
/// personal values belong to it is <see cref="SubjectFields"/>' rule.
/// </summary>
public sealed record ErasureSubject(SubjectKind Kind, string Id)
{
    /// <summary>Longest id accepted; ledger ids are far shorter.</summary>
    public const int MaxIdLength = 200;

    /// <summary>What is wrong with the subject, in one sentence, or null.</summary>
    public string? Problem() => this switch
    {
        _ when !Enum.IsDefined(Kind) => $"subject kind {(int)Kind} is neither Person nor Organisation",
        _ when string.IsNullOrWhiteSpace(Id) => "the order must name its subject's id",
        _ when Id.Length > MaxIdLength || Id.Contains('/') || Id.Any(char.IsControl) || Id != Id.Trim() =>
            $"subject id \"{Id}\" must be at most {MaxIdLength} characters, without '/', control characters or surrounding blanks",
        _ => null,
    };
}
