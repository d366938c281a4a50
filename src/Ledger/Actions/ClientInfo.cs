using Ledger.Evidence.Canonical;

namespace Ledger.Actions;

/// <summary>
/// Where a command came from, as the server saw it: address, program, and the client certificate's subject if one was
/// presented. The subject names its holder, so it is personal data: committed in the hashed event, disclosed beside it.
/// </summary>
public sealed record ClientInfo(string? Address, string? UserAgent, [property: Personal] string? CertificateSubject = null);
