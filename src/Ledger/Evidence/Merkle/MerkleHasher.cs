using System.Buffers;
using Ledger.Evidence.Crypto;

namespace Ledger.Evidence.Merkle;

/// <summary>
/// RFC 9162 §2.1.1 hashing with domain separation: a leaf is H(0x00 || data), an interior node
/// H(0x01 || left || right), the empty tree H(). The prefixes keep a leaf from posing as a node, which
/// Bitcoin-style trees do not (CVE-2012-2459).
/// </summary>
public sealed class MerkleHasher
{
    public const int Size = CryptoSuite.HashSize;

    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    public static readonly MerkleHasher Intl = new(CryptoSuite.Intl);
    public static readonly MerkleHasher Gm = new(CryptoSuite.Gm);

    private MerkleHasher(CryptoSuite suite)
    {
        Suite = suite;
        EmptyRoot = suite.Hash(ReadOnlySpan<byte>.Empty);
    }

    public CryptoSuite Suite { get; }

    /// <summary>The root of the tree with no leaves: the hash of the empty string.</summary>
    public byte[] EmptyRoot { get; }

    public static MerkleHasher For(CryptoSuite suite) => suite == CryptoSuite.Gm ? Gm : Intl;

    public byte[] HashLeaf(ReadOnlySpan<byte> data)
    {
        var hash = new byte[Size];
        HashLeaf(data, hash);
        return hash;
    }

    public void HashLeaf(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        const int stackLimit = 1024;
        var length = data.Length + 1;
        var rented = length <= stackLimit ? null : ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        buffer[0] = LeafPrefix;
        data.CopyTo(buffer[1..]);
        Suite.Hash(buffer, destination);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var hash = new byte[Size];
        HashChildren(left, right, hash);
        return hash;
    }

    /// <summary>
    /// H(0x01 || left || right). <paramref name="destination"/> may alias either input. Children are
    /// 32-byte hashes in a tree; the hasher itself accepts any length, as RFC 9162 defines it.
    /// </summary>
    public void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        const int stackLimit = 1024;
        var length = 1 + left.Length + right.Length;
        var buffer = length <= stackLimit ? stackalloc byte[length] : new byte[length];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + left.Length)..]);
        Suite.Hash(buffer, destination);
    }
}
