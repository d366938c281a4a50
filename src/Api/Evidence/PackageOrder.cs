namespace Ledger.Api.Evidence;

/// <summary>
/// The body of <c>POST /evidence/packages</c>: what to export and the case it is for.
/// <c>scope.kind</c> is tender, company, address, property, approval or warning with <c>scope.id</c>, or events with
/// <c>scope.events</c> (event ids).
/// </summary>
public sealed record PackageOrder(PackageOrderScope? Scope, string? CaseReference);

/// <summary>The scope of a <see cref="PackageOrder"/>.</summary>
public sealed record PackageOrderScope(string? Kind, string? Id, IReadOnlyList<Guid>? Events);
