using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Ledger.Cli.Import;

/// <summary>
/// Reads CSV as RFC 4180 writes it, as exported by spreadsheets and the centres' own systems: fields quoted when they
/// hold the delimiter, a quote or a line break, quotes doubled inside them; CRLF, LF or CR line ends; a header record
/// first. The delimiter (comma, semicolon or tab: Excel in a decimal-comma locale writes semicolons, "Unicode text"
/// writes tabs) is the one the header uses most. The text is UTF-8, with or without a byte order mark, or UTF-16
/// with one. Anything else is refused with its line rather than guessed at.
/// </summary>
internal static class CsvReader
{
    private static readonly char[] Delimiters = [',', ';', '\t'];

    /// <exception cref="ImportException">The bytes are not text in one of those encodings, the header has no delimiter,
    /// a quote is misplaced or not closed, a record has another number of fields than the header, or there are no data records.</exception>
    public static CsvTable Read(ReadOnlySpan<byte> bytes)
    {
        var text = Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException(1, "the file is empty: it needs a header and a row per bid");
        }
        var delimiter = Sniff(text);
        var records = Records(text, delimiter);
        var header = records[0];
        if (records.Count == 1)
        {
            throw new ImportException(header.Line, "the file has a header but no rows");
        }
        if (records.Skip(1).FirstOrDefault(r => r.Fields.Count != header.Fields.Count) is { } ragged)
        {
            throw new ImportException(ragged.Line, $"{ragged.Fields.Count} fields where the header has {header.Fields.Count}");
        }
        return new CsvTable(delimiter, header, records[1..]);
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try
            {
                return utf16.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                throw new ImportException(1, "the file starts with a UTF-16 byte order mark but is not valid UTF-16");
            }
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var line = 1 + bytes[..read].Count((byte)'\n');
            throw new ImportException(line, $"byte {read + 1} is not UTF-8: save the file as UTF-8 (GBK and other encodings are not read)");
        }
        return new string(chars, 0, written);
    }

    /// <summary>The delimiter used most often, outside quotes, in the first record; ties go to the comma, then the semicolon.</summary>
    private static char Sniff(string text)
    {
        var counts = new int[Delimiters.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Delimiters, c) is var k and >= 0)
            {
                counts[k]++;
            }
        }
        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] > 0
            ? Delimiters[best]
            : throw new ImportException(1, "the header has no comma, semicolon or tab between column names");
    }

    private static List<CsvRecord> Records(string text, char delimiter)
    {
        var records = new List<CsvRecord>();
        var (i, line) = (0, 1);
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var quotedAny = false;
            while (true)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    quotedAny = true;
                    i = Quoted(text, i + 1, field, line, ref line);
                    if (i < text.Length && text[i] != delimiter && text[i] is not ('\n' or '\r'))
                    {
                        throw new ImportException(line, $"text after the closing quote of field {fields.Count + 1}: a quote inside a field is written twice (\"\")");
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != delimiter && text[i] is not ('\n' or '\r'))
                    {
                        if (text[i] == '"')
                        {
                            throw new ImportException(line, $"a quote inside unquoted field {fields.Count + 1}: quote the whole field and write the quote twice (\"\")");
                        }
                        field.Append(text[i++]);
                    }
                }
                fields.Add(field.ToString());
                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    continue;
                }
                break;
            }
            i = LineEnd(text, i, ref line);
            if (fields.Count > 1 || quotedAny || fields[0].Trim().Length > 0)
            {
                records.Add(new CsvRecord(start, fields));
            }
        }
        return records;
    }

    /// <summary>Reads a quoted field's content from just after its opening quote; returns the index after the closing quote.</summary>
    private static int Quoted(string text, int i, StringBuilder field, int opened, ref int line)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            // CRLF counts as one line end, at its LF.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
            field.Append(c);
            i++;
        }
        throw new ImportException(opened, "a quoted field is not closed before the end of the file");
    }

    private static int LineEnd(string text, int i, ref int line)
    {
        if (i >= text.Length)
        {
            return i;
        }
        line++;
        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }
}
