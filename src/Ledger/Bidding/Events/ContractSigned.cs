namespace Ledger.Bidding.Events;

/// <summary>签订合同 with the winner, at the awarded price (Bidding Law Art. 46).</summary>
/// <param name="ContractHash">Lowercase hex SHA-256 of the signed contract.</param>
public sealed record ContractSigned(string TenderId, string WinnerId, decimal Amount, string ContractHash);
