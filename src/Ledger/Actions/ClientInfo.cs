namespace Ledger.Actions;

/// <summary>Where a command came from, as the server saw it: address, program, and the client certificate's subject if one was presented.</summary>
public sealed record ClientInfo(string? Address, string? UserAgent, string? CertificateSubject = null);
