using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>
/// 项目负责人 a bid names (项目经理 in works, 项目负责人 in services): the same person named in two bidders' files is deemed
/// collusion (Regulations on the Implementation of the Bidding Law Art. 40 (3)), so the bid names the person by a number
/// that tells people apart, not by name alone.
/// </summary>
/// <param name="Number">The registered constructor's registration certificate number (注册建造师注册证书编号: the province's
/// one-character abbreviation, then letters and digits, e.g. 甘162101234567), or the 18-character ID number.</param>
public sealed record ProjectManager(string Name, ManagerCredential Credential, string Number)
{
    private const int MinCertificateLength = 8;
    private const int MaxCertificateLength = 20;

    /// <summary>What is wrong with the fields, in one sentence, or null.</summary>
    internal string? Problem() => this switch
    {
        _ when PersonName.Problem(Name, "project manager's name") is { } name => name,
        _ when !Enum.IsDefined(Credential) => $"project manager's credential {(int)Credential} is neither ConstructorCertificate nor IdentityCard",
        { Credential: ManagerCredential.IdentityCard } => IdentityNumber.Problem(Number, "project manager's ID number"),
        _ => CertificateProblem(Number),
    };

    /// <summary>The number as the event holds it: without spaces, letters in upper case.</summary>
    internal string NormalisedNumber => string.Concat(Number.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string? CertificateProblem(string? number)
    {
        var value = string.Concat((number ?? "").Where(c => !char.IsWhiteSpace(c)));
        var body = value.Length > 0 && IsProvince(value[0]) ? value[1..] : value;
        return body.Length is >= MinCertificateLength and <= MaxCertificateLength && body.All(char.IsAsciiLetterOrDigit)
            ? null
            : $"project manager's registration certificate number \"{number}\" is not a registered constructor's certificate number: an optional province character, then {MinCertificateLength} to {MaxCertificateLength} letters or digits (spaces aside)";
    }

    private static bool IsProvince(char c) => c is >= '\u4e00' and <= '\u9fff';
}
