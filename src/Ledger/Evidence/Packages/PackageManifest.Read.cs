using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Packages;

public sealed partial record PackageManifest
{
    private const string File = PackageFile.ManifestName;

    private static readonly string[] Fields = ["format", "origin", "suite", "scope", "caseReference", "exportedFor", "exportedAt", "newestBlock", "eventCount", "events", "files"];
    private static readonly string[] EventFields = ["leaf", "id", "stream", "version", "type", "time", "block"];

    /// <summary>Parses a manifest strictly; the error names the member, e.g. <c>manifest.json: events[2].leaf …</c>.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> json, [NotNullWhen(true)] out PackageManifest? manifest, [NotNullWhen(false)] out string? error)
    {
        manifest = null;
        if (!StrictJson.TryParse(json, File, out var document, out error))
        {
            return false;
        }
        using (document)
        {
            var root = document.RootElement;
            if (!StrictJson.TryObject(root, File, Fields, out error) || !StrictJson.TryString(root, "format", File, out var format, out error))
            {
                return false;
            }
            if (format != Format)
            {
                error = $"{File}: format is '{format}', not '{Format}'";
                return false;
            }
            if (!StrictJson.TryString(root, "origin", File, out var origin, out error)
                || !StrictJson.TryString(root, "suite", File, out var suiteName, out error)
                || !StrictJson.TryString(root, "caseReference", File, out var caseReference, out error)
                || !StrictJson.TryString(root, "exportedAt", File, out var exportedText, out error)
                || !StrictJson.TryCount(root, "newestBlock", File, out var newest, out error)
                || !StrictJson.TryCount(root, "eventCount", File, out var eventCount, out error))
            {
                return false;
            }
            if (CryptoSuite.Find(suiteName) is not { } suite)
            {
                error = $"{File}: suite '{suiteName}' is not intl or gm";
                return false;
            }
            if (!TryParseTime(exportedText, out var exportedAt))
            {
                error = $"{File}: exportedAt '{exportedText}' is not a time like 2026-01-02T03:04:05.000000Z";
                return false;
            }
            if (!TryScope(root, out var scope, out error) || !TryExportedFor(root, out var exportedFor, out error)
                || !TryEvents(root, out var events, out error) || !TryFiles(root, suite, out var files, out error))
            {
                return false;
            }
            if (events.Count == 0)
            {
                error = $"{File}: lists no events; a package holds at least one";
                return false;
            }
            if (eventCount != events.Count)
            {
                error = $"{File}: eventCount is {eventCount}, the events list has {events.Count}";
                return false;
            }
            manifest = new PackageManifest(origin, suite, scope, caseReference, exportedFor, exportedAt, newest, events, files);
            return true;
        }
    }

    private static bool TryScope(JsonElement root, [NotNullWhen(true)] out ExportScope? scope, [NotNullWhen(false)] out string? error)
    {
        scope = null;
        if (!root.TryGetProperty("scope", out var element))
        {
            error = $"{File}: scope is missing";
            return false;
        }
        if (!StrictJson.TryObject(element, $"{File}: scope", ["kind", "id"], out error))
        {
            return false;
        }
        if (!StrictJson.TryString(element, "kind", $"{File}: scope", out var kind, out error)
            || !StrictJson.TryOptionalString(element, "id", $"{File}: scope", out var id, out error))
        {
            return false;
        }
        scope = new ExportScope(kind, id);
        return true;
    }

    private static bool TryExportedFor(JsonElement root, [NotNullWhen(true)] out ExportedFor? exportedFor, [NotNullWhen(false)] out string? error)
    {
        exportedFor = null;
        const string where = $"{File}: exportedFor";
        if (!root.TryGetProperty("exportedFor", out var element))
        {
            error = $"{where} is missing";
            return false;
        }
        if (!StrictJson.TryObject(element, where, ["person", "organisation", "role"], out error))
        {
            return false;
        }
        if (!StrictJson.TryString(element, "person", where, out var person, out error)
            || !StrictJson.TryString(element, "organisation", where, out var organisation, out error)
            || !StrictJson.TryString(element, "role", where, out var role, out error))
        {
            return false;
        }
        exportedFor = new ExportedFor(person, organisation, role);
        return true;
    }

    private static bool TryEvents(JsonElement root, [NotNullWhen(true)] out List<ManifestEvent>? events, [NotNullWhen(false)] out string? error)
    {
        events = null;
        if (!StrictJson.TryArray(root, "events", File, out var items, out error))
        {
            return false;
        }
        var list = new List<ManifestEvent>();
        foreach (var item in items)
        {
            var where = $"{File}: events[{list.Count}]";
            if (!StrictJson.TryObject(item, where, EventFields, out error)
                || !StrictJson.TryCount(item, "leaf", where, out var leaf, out error)
                || !StrictJson.TryString(item, "id", where, out var idText, out error)
                || !StrictJson.TryString(item, "stream", where, out var stream, out error)
                || !StrictJson.TryCount(item, "version", where, out var version, out error)
                || !StrictJson.TryString(item, "type", where, out var type, out error)
                || !StrictJson.TryString(item, "time", where, out var time, out error)
                || !StrictJson.TryCount(item, "block", where, out var block, out error))
            {
                return false;
            }
            if (!Guid.TryParseExact(idText, "D", out var id))
            {
                error = $"{where}.id '{idText}' is not an event id";
                return false;
            }
            if (list.Count > 0 && leaf <= list[^1].Leaf)
            {
                error = $"{where}.leaf {leaf} does not follow leaf {list[^1].Leaf}: events are listed once each, in leaf order";
                return false;
            }
            list.Add(new ManifestEvent(leaf, id, stream, version, type, time, block));
        }
        events = list;
        return true;
    }

    private static bool TryFiles(JsonElement root, CryptoSuite suite, [NotNullWhen(true)] out List<ManifestFile>? files, [NotNullWhen(false)] out string? error)
    {
        files = null;
        if (!StrictJson.TryArray(root, "files", File, out var items, out error))
        {
            return false;
        }
        var hashName = HashName(suite);
        var list = new List<ManifestFile>();
        foreach (var item in items)
        {
            var where = $"{File}: files[{list.Count}]";
            if (!StrictJson.TryObject(item, where, ["name", hashName], out error)
                || !StrictJson.TryString(item, "name", where, out var name, out error)
                || !StrictJson.TryHex(item, hashName, where, CryptoSuite.HashSize, out var hash, out error))
            {
                return false;
            }
            list.Add(new ManifestFile(name, hash));
        }
        files = list;
        return true;
    }
}
