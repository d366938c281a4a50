namespace Ledger.Api.Views;

/// <summary>One page of a view's entries, in the view's order.</summary>
/// <param name="Page">1 for the first page.</param>
/// <param name="Total">Entries in the whole view.</param>
public sealed record Paged<T>(int Page, int Size, long Total, IReadOnlyList<T> Items);
