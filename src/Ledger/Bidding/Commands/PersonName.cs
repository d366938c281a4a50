namespace Ledger.Bidding.Commands;

/// <summary>The rule for a person's name a bid gives: present, without control characters, of a sane length.</summary>
internal static class PersonName
{
    public const int MaxLength = 50;

    public static string? Problem(string? name, string what) => name?.Trim() switch
    {
        null or "" => $"{what} is empty",
        { Length: > MaxLength } => $"{what} has {name.Trim().Length} characters, more than {MaxLength}",
        var trimmed when trimmed.Any(char.IsControl) => $"{what} holds a control character",
        _ => null,
    };
}
