namespace Ledger.Markets.Events;

/// <summary>
/// 历史交易数据导入: a file of a centre's historical tender results (its own past tenders, and the cases prosecuted
/// as collusion) was read into the ledger. The first event of each import; one <see cref="TenderResultImported"/>
/// per tender of the file follows it in the same append.
/// </summary>
/// <param name="SourceFile">The file's name as given, without its folder.</param>
/// <param name="SourceSha256">Lowercase hex SHA-256 of the file's bytes: the same file is imported into a market once.</param>
/// <param name="Rows">Data rows read (one per bid), the header not counted.</param>
/// <param name="Tenders">Tenders the rows make up: the number of <see cref="TenderResultImported"/> events that follow.</param>
/// <param name="Columns">Which column of the file each field was read from, in field order.</param>
public sealed record MarketHistoryImported(
    string Market,
    string SourceFile,
    string SourceSha256,
    int Rows,
    int Tenders,
    IReadOnlyList<ImportedColumn> Columns);
