namespace Ledger.Bidding.Commands;

/// <summary>
/// 联系人 a bid names: the same contact for two suppliers is deemed collusion in government procurement (财政部令第87号
/// Art. 37), so the phone number, which tells people apart, is checked to be one.
/// </summary>
/// <param name="Phone">A mainland mobile number (11 digits from 13 to 19, +86 allowed) or a landline with its area code
/// (0 and 9 to 11 more digits); spaces, '-' and parentheses may separate the digits.</param>
public sealed record ContactPerson(string Name, string Phone)
{
    /// <summary>What is wrong with the fields, in one sentence, or null.</summary>
    internal string? Problem() => PersonName.Problem(Name, "contact's name") ?? PhoneProblem(Phone);

    private static string? PhoneProblem(string? phone)
    {
        var value = phone?.Trim() ?? "";
        var body = value.StartsWith('+') ? value[1..] : value;
        if (body.Length == 0 || !body.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')'))
        {
            return $"contact's phone \"{phone}\" may hold only digits, a leading '+', spaces, '-' and parentheses";
        }
        var digits = string.Concat(body.Where(char.IsAsciiDigit));
        if (value.StartsWith('+') && !digits.StartsWith("86", StringComparison.Ordinal))
        {
            return $"contact's phone \"{phone}\" is not a mainland number: its country code must be +86";
        }
        digits = digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal) ? digits[2..] : digits;
        var mobile = digits.Length == 11 && digits[0] == '1' && digits[1] >= '3';
        var landline = digits.Length is >= 10 and <= 12 && digits[0] == '0';
        return mobile || landline ? null
            : $"contact's phone \"{phone}\" has {digits.Length} digits and is neither a mainland mobile number (11 digits from 13 to 19) nor a landline with its area code (0 and 9 to 11 more digits)";
    }
}
