using System.Security.Cryptography;

namespace Ledger.Cli.Bench.Load;

/// <summary>What a bidding client uploads for a new bid file, made up afresh: the encrypted file's hash and size, its signature and a price commitment.</summary>
internal sealed record SealedFile(string Hash, long Size, string Signature, string PriceCommitment)
{
    public static SealedFile New(string tenderId, string bidderId) => new(
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        1_000_000L + Random.Shared.Next(0, 1_000_000),
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)),
        Bidding.PriceCommitment.Compute(tenderId, bidderId, 10_000_000m + Random.Shared.Next(0, 1_000_000), Bidding.PriceCommitment.NewNonce()));
}
