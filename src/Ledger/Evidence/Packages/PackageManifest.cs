using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Packages;

/// <summary>
/// <c>manifest.json</c>: what the package holds and for whom. Every file but the manifest itself, the signature
/// and the certificate is listed with its hash; the certificate shows the manifest's hash (as the verification
/// code), so the two cannot name each other, and <c>package.sig</c> binds both.
/// <code>
/// {"format":"ledger-evidence-package/v1","origin":"…","suite":"intl","scope":{"kind":"tender","id":"…"},
///  "caseReference":"…","exportedFor":{"person":"…","organisation":"…","role":"…"},"exportedAt":"…Z",
///  "newestBlock":7,"eventCount":2,"events":[{"leaf":0,"id":"…","stream":"…","version":1,"type":"…","time":"…","block":0}],
///  "files":[{"name":"keys.json","sha256":"hex"}]}
/// </code>
/// The hash member is named after the suite's hash: <c>sha256</c> (intl) or <c>sm3</c> (gm).
/// </summary>
public sealed partial record PackageManifest(
    string Origin,
    CryptoSuite Suite,
    ExportScope Scope,
    string CaseReference,
    ExportedFor ExportedFor,
    DateTimeOffset ExportedAt,
    long NewestBlock,
    IReadOnlyList<ManifestEvent> Events,
    IReadOnlyList<ManifestFile> Files)
{
    public const string Format = "ledger-evidence-package/v1";

    internal const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string HashName(CryptoSuite suite) => suite == CryptoSuite.Gm ? "sm3" : "sha256";

    /// <summary>Indented UTF-8 JSON, Chinese as written: the court reads it too.</summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("origin", Origin);
            w.WriteString("suite", Suite.Name);
            w.WriteStartObject("scope");
            w.WriteString("kind", Scope.Kind);
            w.WriteString("id", Scope.Id);
            w.WriteEndObject();
            w.WriteString("caseReference", CaseReference);
            w.WriteStartObject("exportedFor");
            w.WriteString("person", ExportedFor.Person);
            w.WriteString("organisation", ExportedFor.Organisation);
            w.WriteString("role", ExportedFor.Role);
            w.WriteEndObject();
            w.WriteString("exportedAt", FormatTime(ExportedAt));
            w.WriteNumber("newestBlock", NewestBlock);
            w.WriteNumber("eventCount", Events.Count);
            w.WriteStartArray("events");
            foreach (var e in Events)
            {
                w.WriteStartObject();
                w.WriteNumber("leaf", e.Leaf);
                w.WriteString("id", e.Id.ToString("D"));
                w.WriteString("stream", e.Stream);
                w.WriteNumber("version", e.Version);
                w.WriteString("type", e.Type);
                w.WriteString("time", e.Time);
                w.WriteNumber("block", e.Block);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("files");
            foreach (var f in Files)
            {
                w.WriteStartObject();
                w.WriteString("name", f.Name);
                w.WriteString(HashName(Suite), Convert.ToHexStringLower(f.Hash));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    internal static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    internal static bool TryParseTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
