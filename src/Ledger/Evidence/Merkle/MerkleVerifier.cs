using System.Numerics;
using System.Security.Cryptography;

namespace Ledger.Evidence.Merkle;

/// <summary>
/// Verification of RFC 9162 §2.1.3.2 inclusion proofs and §2.1.4.2 consistency proofs. Depends on
/// nothing but the hasher: no storage, no proof building. Policy, as in transparency-dev/merkle: every
/// hash must be exactly 32 bytes, a proof must have exactly the length its sizes imply, and a consistency
/// proof from the empty tree is rejected because it proves nothing.
/// </summary>
public static class MerkleVerifier
{
    /// <summary>Checks that <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree of <paramref name="size"/> leaves with <paramref name="root"/>.</summary>
    public static Verdict VerifyInclusion(
        MerkleHasher hasher, long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        Span<byte> computed = stackalloc byte[MerkleHasher.Size];
        var verdict = RootFromInclusion(hasher, index, size, leafHash, proof, computed);
        if (!verdict.IsValid)
        {
            return verdict;
        }
        return CryptographicOperations.FixedTimeEquals(computed, root)
            ? Verdict.Valid
            : Verdict.Invalid($"inclusion proof for leaf {index} in tree size {size} gives root {Hex(computed)}, the checkpoint says {Hex(root)}");
    }

    /// <summary>Computes the root an inclusion proof implies, into <paramref name="root"/> (32 bytes).</summary>
    public static Verdict RootFromInclusion(
        MerkleHasher hasher, long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, Span<byte> root)
    {
        if (index < 0 || index >= size)
        {
            return Verdict.Invalid($"leaf index {index} is outside a tree of size {size}");
        }
        if (leafHash.Length != MerkleHasher.Size)
        {
            return Verdict.Invalid($"leaf hash is {leafHash.Length} bytes, not {MerkleHasher.Size}");
        }
        var expected = InclusionLength(index, size);
        if (proof.Count != expected)
        {
            return Verdict.Invalid($"inclusion proof has {proof.Count} hashes; leaf {index} in tree size {size} needs {expected}");
        }
        var bad = FirstMalformed(proof);
        if (bad >= 0)
        {
            return Verdict.Invalid($"inclusion proof step {bad + 1} is {proof[bad].Length} bytes, not {MerkleHasher.Size}");
        }

        leafHash.CopyTo(root);
        var fn = index;
        var sn = size - 1;
        for (var i = 0; i < proof.Count; i++)
        {
            var p = proof[i];
            if ((fn & 1) == 1 || fn == sn)
            {
                hasher.HashChildren(p, root, root);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                hasher.HashChildren(root, p, root);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? Verdict.Valid : Verdict.Invalid($"inclusion proof for leaf {index} in tree size {size} ends before the root");
    }

    /// <summary>Checks that the tree of <paramref name="size2"/> leaves with <paramref name="root2"/> extends the one of <paramref name="size1"/> with <paramref name="root1"/>.</summary>
    public static Verdict VerifyConsistency(
        MerkleHasher hasher, long size1, long size2, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2)
    {
        if (size1 < 0 || size2 < size1)
        {
            return Verdict.Invalid($"size {size2} is smaller than size {size1}: a log never shrinks");
        }
        if (size1 == 0)
        {
            return Verdict.Invalid("a consistency proof from the empty tree proves nothing");
        }
        if (size1 == size2)
        {
            if (proof.Count != 0)
            {
                return Verdict.Invalid($"equal sizes {size1} need an empty consistency proof, got {proof.Count} hashes");
            }
            return root1.SequenceEqual(root2)
                ? Verdict.Valid
                : Verdict.Invalid($"two different roots for the same size {size1}: {Hex(root1)} and {Hex(root2)}");
        }

        // Proof from size1 to size2 is the RFC's SUBPROOF; when size1 is a power of two its own root is the
        // proof's implied first element (the "seed"), otherwise the proof carries it.
        var level = BitOperations.TrailingZeroCount(size1);
        var seedIsRoot1 = size1 == 1L << level;
        var expected = ConsistencyLength(size1, size2);
        if (proof.Count != expected)
        {
            return Verdict.Invalid($"consistency proof has {proof.Count} hashes; sizes {size1} to {size2} need {expected}");
        }
        var bad = FirstMalformed(proof);
        if (bad >= 0)
        {
            return Verdict.Invalid($"consistency proof step {bad + 1} is {proof[bad].Length} bytes, not {MerkleHasher.Size}");
        }

        Span<byte> fr = stackalloc byte[MerkleHasher.Size];
        Span<byte> sr = stackalloc byte[MerkleHasher.Size];
        var first = seedIsRoot1 ? root1 : proof[0];
        if (first.Length != MerkleHasher.Size)
        {
            return Verdict.Invalid($"old root is {first.Length} bytes, not {MerkleHasher.Size}");
        }
        first.CopyTo(fr);
        first.CopyTo(sr);
        var fn = size1 - 1;
        var sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        for (var i = seedIsRoot1 ? 0 : 1; i < proof.Count; i++)
        {
            var c = proof[i];
            if (sn == 0)
            {
                return Verdict.Invalid($"consistency proof step {i + 1} lies beyond the root of tree size {size2}");
            }
            if ((fn & 1) == 1 || fn == sn)
            {
                hasher.HashChildren(c, fr, fr);
                hasher.HashChildren(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                hasher.HashChildren(sr, c, sr);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0)
        {
            return Verdict.Invalid($"consistency proof from size {size1} to {size2} ends before the new root");
        }
        if (!CryptographicOperations.FixedTimeEquals(fr, root1))
        {
            return Verdict.Invalid($"consistency proof gives old root {Hex(fr)} for size {size1}, the old checkpoint says {Hex(root1)}");
        }
        if (!CryptographicOperations.FixedTimeEquals(sr, root2))
        {
            return Verdict.Invalid($"consistency proof gives new root {Hex(sr)} for size {size2}, the new checkpoint says {Hex(root2)}");
        }
        return Verdict.Valid;
    }

    /// <summary>Hashes in an inclusion proof: the differing low bits of index and size-1, plus the border above them.</summary>
    public static int InclusionLength(long index, long size)
    {
        var inner = 64 - BitOperations.LeadingZeroCount((ulong)(index ^ (size - 1)));
        return inner + BitOperations.PopCount((ulong)(index >> inner));
    }

    /// <summary>Hashes in a consistency proof between sizes 0 &lt; size1 &lt; size2.</summary>
    public static int ConsistencyLength(long size1, long size2)
    {
        var level = BitOperations.TrailingZeroCount(size1);
        var index = (size1 - 1) >> level;
        var length = InclusionLength(index, ((size2 - 1) >> level) + 1);
        return size1 == 1L << level ? length : length + 1;
    }

    private static int FirstMalformed(IReadOnlyList<byte[]> proof)
    {
        for (var i = 0; i < proof.Count; i++)
        {
            if (proof[i].Length != MerkleHasher.Size)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);
}
