namespace Ledger.Api.Privacy;

/// <summary>
/// <c>POST /privacy/erasure-orders</c>: the order as its issuer states it. <see cref="Mode"/> must be <c>Erase</c>; masking is
/// not offered (see <see cref="ErasureEndpoints"/>).
/// </summary>
/// <param name="Subject">The data subject: <c>{"kind":"Person"|"Organisation","id":"…"}</c>.</param>
public sealed record ErasureOrderBody(string? OrderReference, string? LegalBasis, ErasureSubjectBody? Subject, string? Mode);

/// <summary>The subject as the request names it; <see cref="Kind"/> is checked by name, so a number or a typo is refused.</summary>
public sealed record ErasureSubjectBody(string? Kind, string? Id);
