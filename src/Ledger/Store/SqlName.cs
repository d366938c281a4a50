namespace Ledger.Store;

/// <summary>Names put into SQL text: the store's schema, which comes from configuration, never from users.</summary>
public static class SqlName
{
    /// <summary><paramref name="identifier"/> as a quoted SQL identifier; quoting keeps even a configured name inert.</summary>
    public static string Quote(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
