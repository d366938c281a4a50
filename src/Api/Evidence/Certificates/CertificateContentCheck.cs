namespace Ledger.Api.Evidence.Certificates;

/// <summary>Finds the first reason a <see cref="CertificateContent"/> cannot be printed truthfully.</summary>
public static class CertificateContentCheck
{
    /// <summary>A one-line reason naming the field and the value, or null when the content is printable.</summary>
    public static string? FirstProblem(CertificateContent? content)
    {
        if (content is null)
        {
            return "certificate content is missing";
        }
        if (Text(content.VerificationCode, nameof(content.VerificationCode)) is { } code)
        {
            return code;
        }
        if (content.VerificationCode.Contains(':') || content.VerificationCode.Any(char.IsWhiteSpace))
        {
            return $"{nameof(content.VerificationCode)} '{content.VerificationCode}' holds a colon or white space";
        }
        if (content.ManifestHashHex is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
        {
            return $"{nameof(content.ManifestHashHex)} '{content.ManifestHashHex}' is not 32 bytes of lowercase hex";
        }
        var problem =
            Text(content.Origin, nameof(content.Origin))
            ?? Text(content.Suite, nameof(content.Suite))
            ?? Text(content.Scope?.Kind, "Scope.Kind")
            ?? Text(content.Scope?.Id, "Scope.Id")
            ?? Text(content.CaseReference, nameof(content.CaseReference))
            ?? Text(content.ExportedFor?.Person, "ExportedFor.Person")
            ?? Text(content.ExportedFor?.Organisation, "ExportedFor.Organisation")
            ?? Text(content.ExportedFor?.Role, "ExportedFor.Role");
        if (problem is not null)
        {
            return problem;
        }
        if (content.NewestBlockHeight < 0 || content.NewestTreeSize < 0)
        {
            return $"newest block height {content.NewestBlockHeight} or tree size {content.NewestTreeSize} is negative";
        }
        if (content.FirstEvents is null)
        {
            return $"{nameof(content.FirstEvents)} is missing";
        }
        if (content.EventCount < content.FirstEvents.Count || content.EventCount > content.NewestTreeSize)
        {
            return $"event count {content.EventCount} is below the {content.FirstEvents.Count} events listed " +
                   $"or above tree size {content.NewestTreeSize}";
        }
        for (var i = 0; i < content.FirstEvents.Count; i++)
        {
            if (Event(content.FirstEvents[i], i, content.NewestTreeSize) is { } bad)
            {
                return bad;
            }
        }
        return null;
    }

    private static string? Event(CertificateEvent? row, int i, long treeSize)
    {
        if (row is null)
        {
            return $"event {i} is missing";
        }
        if (row.LeafIndex < 0 || row.LeafIndex >= treeSize)
        {
            return $"event {i} has leaf index {row.LeafIndex} outside tree size {treeSize}";
        }
        return Text(row.Stream, $"event {i} stream") ?? Text(row.Type, $"event {i} type");
    }

    // Line breaks would let a value forge a line of the certificate's own wording.
    private static string? Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? $"{field} is empty"
        : value.Any(char.IsControl) ? $"{field} holds a line break or control character"
        : null;
}
