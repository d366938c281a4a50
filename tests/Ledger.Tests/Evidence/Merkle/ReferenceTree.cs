using Ledger.Evidence.Merkle;

namespace Ledger.Tests.Evidence.Merkle;

/// <summary>
/// RFC 9162 §2.1 written out literally and slowly (MTH, PATH, PROOF over leaf lists), to cross-check
/// the fast code. Lives in the tests only.
/// </summary>
internal sealed class ReferenceTree(MerkleHasher hasher, IReadOnlyList<byte[]> leaves)
{
    public byte[] Mth(int begin, int end)
    {
        var n = end - begin;
        if (n == 0)
        {
            return hasher.EmptyRoot;
        }
        if (n == 1)
        {
            return leaves[begin];
        }
        var k = LargestPowerOfTwoBelow(n);
        return hasher.HashChildren(Mth(begin, begin + k), Mth(begin + k, end));
    }

    public List<byte[]> Path(int m, int begin, int end)
    {
        var n = end - begin;
        if (n == 1)
        {
            return [];
        }
        var k = LargestPowerOfTwoBelow(n);
        return m < k
            ? [.. Path(m, begin, begin + k), Mth(begin + k, end)]
            : [.. Path(m - k, begin + k, end), Mth(begin, begin + k)];
    }

    public List<byte[]> Proof(int m, int n) => Subproof(m, 0, n, true);

    private List<byte[]> Subproof(int m, int begin, int end, bool b)
    {
        var n = end - begin;
        if (m == n)
        {
            return b ? [] : [Mth(begin, end)];
        }
        var k = LargestPowerOfTwoBelow(n);
        return m <= k
            ? [.. Subproof(m, begin, begin + k, b), Mth(begin + k, end)]
            : [.. Subproof(m - k, begin + k, end, false), Mth(begin, begin + k)];
    }

    private static int LargestPowerOfTwoBelow(int n)
    {
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }
        return k;
    }
}
