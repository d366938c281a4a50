using Microsoft.AspNetCore.Http.HttpResults;

namespace Ledger.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header (draft-ietf-httpapi-idempotency-key-header): a structured-field String
/// (<c>"8e03978e-40d5-43e8-bc93-6894a57f9324"</c>), or the same text unquoted as most clients send it. A key is 1 to
/// <see cref="MaxLength"/> printable ASCII characters; a UUID per request is the simplest choice.
/// </summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>Set to <c>true</c> on an answer given again from memory rather than by running the command.</summary>
    public const string ReplayedName = "Idempotent-Replayed";

    public const int MaxLength = 255;

    /// <summary>The key of a request, or the 400 to answer when it has none, several, or a malformed one.</summary>
    public static (string? Key, ProblemHttpResult? Problem) Read(HttpRequest request)
    {
        var values = request.Headers[Name];
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0])))
        {
            return (null, IdempotencyProblems.Missing());
        }
        if (values.Count > 1)
        {
            return (null, IdempotencyProblems.Malformed($"the request carries {values.Count} {Name} fields; send exactly one"));
        }
        var (key, error) = Parse(values[0]!.Trim());
        return error is null ? (key, null) : (null, IdempotencyProblems.Malformed(error));
    }

    private static (string? Key, string? Error) Parse(string value)
    {
        string key;
        if (value.StartsWith('"'))
        {
            if (Unquote(value) is not { } unquoted)
            {
                return (null, "a quoted key must be one structured-field String: printable ASCII inside double quotes, with \\\" and \\\\ escaped");
            }
            key = unquoted;
        }
        else
        {
            if (value.Any(c => c is < '!' or > '~' or '"' or '\\'))
            {
                return (null, "an unquoted key may hold only printable ASCII characters without spaces, quotes or backslashes");
            }
            key = value;
        }
        return key.Length is 0 or > MaxLength
            ? (null, $"the key has {key.Length} characters; it must have 1 to {MaxLength}")
            : (key, null);
    }

    /// <summary>RFC 8941 §4.2.5: the String between the quotes, or null when the value is not exactly one String.</summary>
    private static string? Unquote(string value)
    {
        var text = new System.Text.StringBuilder(value.Length);
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\')
            {
                if (++i == value.Length || value[i] is not ('"' or '\\'))
                {
                    return null;
                }
                text.Append(value[i]);
            }
            else if (c == '"')
            {
                return i == value.Length - 1 ? text.ToString() : null;
            }
            else if (c is < ' ' or > '~')
            {
                return null;
            }
            else
            {
                text.Append(c);
            }
        }
        return null;
    }
}
