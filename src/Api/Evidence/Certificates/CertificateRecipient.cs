namespace Ledger.Api.Evidence.Certificates;

/// <summary>The person, organisation and role a package was exported for.</summary>
public sealed record CertificateRecipient(string Person, string Organisation, string Role);
