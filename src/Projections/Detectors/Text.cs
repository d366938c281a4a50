using System.Globalization;

namespace Ledger.Projections.Detectors;

/// <summary>Explanations are formatted with the invariant culture, so that a warning reads the same on every server.</summary>
internal static class Text
{
    public static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items) => string.Join(", ", items);
}
