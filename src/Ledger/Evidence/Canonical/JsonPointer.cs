namespace Ledger.Evidence.Canonical;

/// <summary>RFC 6901 reference tokens: '~' is written "~0" and '/' "~1".</summary>
internal static class JsonPointer
{
    public static string Escape(string token) =>
        token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) =>
        token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
