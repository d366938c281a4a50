using Ledger.Evidence.Merkle;

namespace Ledger.Tests.Evidence.Merkle;

/// <summary>
/// Random trees up to a few thousand leaves, cross-checked against the literal RFC recursion; every proof
/// verifies, and one flipped bit anywhere (leaf, proof, root, index, size) makes it fail. Seeded, so a
/// failure reproduces.
/// </summary>
public sealed class merkle_log_properties
{
    private const int Seed = 9162;

    private static (MerkleLog Log, List<byte[]> Leaves) RandomTree(MerkleHasher hasher, Random random, int size)
    {
        var log = new MerkleLog(hasher);
        var leaves = new List<byte[]>();
        for (var i = 0; i < size; i++)
        {
            var data = new byte[random.Next(0, 40)];
            random.NextBytes(data);
            var leaf = hasher.HashLeaf(data);
            leaves.Add(leaf);
            log.Append(leaf);
        }
        return (log, leaves);
    }

    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void roots_and_proofs_equal_the_rfc_recursion(string suite)
    {
        var hasher = MerkleHasher.For(Ledger.Evidence.Crypto.CryptoSuite.Find(suite)!);
        var random = new Random(Seed);
        var (log, leaves) = RandomTree(hasher, random, 300);
        var reference = new ReferenceTree(hasher, leaves);
        for (var size = 0; size <= leaves.Count; size++)
        {
            Assert.Equal(reference.Mth(0, size), log.Root(size));
        }
        for (var trial = 0; trial < 400; trial++)
        {
            var size = random.Next(1, leaves.Count + 1);
            var index = random.Next(0, size);
            Assert.Equal(reference.Path(index, 0, size), log.InclusionProof(index, size));
            var size1 = random.Next(1, size + 1);
            Assert.Equal(reference.Proof(size1, size), log.ConsistencyProof(size1, size));
        }
    }

    [Fact]
    public void every_inclusion_proof_of_every_size_verifies()
    {
        var hasher = MerkleHasher.Intl;
        var (log, leaves) = RandomTree(hasher, new Random(Seed), 130);
        for (var size = 1; size <= leaves.Count; size++)
        {
            var root = log.Root(size);
            for (var index = 0; index < size; index++)
            {
                var verdict = MerkleVerifier.VerifyInclusion(hasher, index, size, leaves[index], log.InclusionProof(index, size), root);
                Assert.True(verdict.IsValid, verdict.Failure);
            }
        }
    }

    [Fact]
    public void every_consistency_proof_of_every_pair_of_sizes_verifies()
    {
        var hasher = MerkleHasher.Intl;
        var (log, leaves) = RandomTree(hasher, new Random(Seed), 130);
        for (var size2 = 1; size2 <= leaves.Count; size2++)
        {
            for (var size1 = 1; size1 <= size2; size1++)
            {
                var verdict = MerkleVerifier.VerifyConsistency(hasher, size1, size2, log.ConsistencyProof(size1, size2), log.Root(size1), log.Root(size2));
                Assert.True(verdict.IsValid, verdict.Failure);
            }
        }
    }

    [Fact]
    public void a_flipped_bit_anywhere_breaks_an_inclusion_proof()
    {
        var hasher = MerkleHasher.Intl;
        var random = new Random(Seed);
        var (log, leaves) = RandomTree(hasher, random, 3000);
        for (var trial = 0; trial < 60; trial++)
        {
            var size = random.Next(2, leaves.Count + 1);
            var index = random.Next(0, size);
            var proof = log.InclusionProof(index, size);
            var root = log.Root(size);
            var leaf = leaves[index];
            Assert.True(MerkleVerifier.VerifyInclusion(hasher, index, size, leaf, proof, root).IsValid);

            for (var bit = 0; bit < 256; bit += 7)
            {
                Assert.False(MerkleVerifier.VerifyInclusion(hasher, index, size, Flip(leaf, bit), proof, root).IsValid);
                Assert.False(MerkleVerifier.VerifyInclusion(hasher, index, size, leaf, proof, Flip(root, bit)).IsValid);
                for (var step = 0; step < proof.Length; step++)
                {
                    var bad = (byte[][])proof.Clone();
                    bad[step] = Flip(proof[step], bit);
                    Assert.False(MerkleVerifier.VerifyInclusion(hasher, index, size, leaf, bad, root).IsValid);
                }
            }
            // A changed size with the same proof shape yields the same root, so the size is bound by the
            // signed checkpoint, not by the proof; the signature tests flip it there.
            for (var bit = 0; bit < 13; bit++)
            {
                Assert.False(MerkleVerifier.VerifyInclusion(hasher, index ^ (1L << bit), size, leaf, proof, root).IsValid);
            }
        }
    }

    [Fact]
    public void a_flipped_bit_anywhere_breaks_a_consistency_proof()
    {
        var hasher = MerkleHasher.Intl;
        var random = new Random(Seed);
        var (log, leaves) = RandomTree(hasher, random, 3000);
        for (var trial = 0; trial < 60; trial++)
        {
            var size2 = random.Next(2, leaves.Count + 1);
            var size1 = random.Next(1, size2);
            var proof = log.ConsistencyProof(size1, size2);
            var root1 = log.Root(size1);
            var root2 = log.Root(size2);
            Assert.True(MerkleVerifier.VerifyConsistency(hasher, size1, size2, proof, root1, root2).IsValid);

            for (var bit = 0; bit < 256; bit += 7)
            {
                Assert.False(MerkleVerifier.VerifyConsistency(hasher, size1, size2, proof, Flip(root1, bit), root2).IsValid);
                Assert.False(MerkleVerifier.VerifyConsistency(hasher, size1, size2, proof, root1, Flip(root2, bit)).IsValid);
                for (var step = 0; step < proof.Length; step++)
                {
                    var bad = (byte[][])proof.Clone();
                    bad[step] = Flip(proof[step], bit);
                    Assert.False(MerkleVerifier.VerifyConsistency(hasher, size1, size2, bad, root1, root2).IsValid);
                }
            }
        }
    }

    [Fact]
    public void proofs_read_logarithmically_many_nodes()
    {
        var hasher = MerkleHasher.Intl;
        var store = new CountingStore();
        var log = MerkleLog.Open(hasher, store, 0);
        const int size = (1 << 16) + 12345;
        for (var i = 0; i < size; i++)
        {
            log.Append(hasher.HashLeaf(BitConverter.GetBytes(i)));
        }
        var bound = 2 * (int)Math.Ceiling(Math.Log2(size)) + 2;
        var random = new Random(Seed);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(2, size + 1);
            store.Reads = 0;
            log.InclusionProof(random.Next(0, n), n);
            Assert.InRange(store.Reads, 1, bound);
            store.Reads = 0;
            log.ConsistencyProof(random.Next(1, n), n);
            Assert.InRange(store.Reads, 1, bound);
            store.Reads = 0;
            log.Root(n);
            Assert.InRange(store.Reads, 1, bound);
        }
    }

    [Fact]
    public void a_reopened_log_continues_with_the_same_roots()
    {
        var hasher = MerkleHasher.Gm;
        var store = new MemoryNodeStore();
        var first = MerkleLog.Open(hasher, store, 0);
        var (expected, leaves) = RandomTree(hasher, new Random(Seed), 777);
        foreach (var leaf in leaves.Take(500))
        {
            first.Append(leaf);
        }
        var reopened = MerkleLog.Open(hasher, store, 500);
        foreach (var leaf in leaves.Skip(500))
        {
            reopened.Append(leaf);
        }
        Assert.Equal(expected.Root(), reopened.Root());
        Assert.Equal(expected.ConsistencyProof(321, 777), reopened.ConsistencyProof(321, 777));
    }

    [Fact]
    public void the_two_suites_give_different_roots_for_the_same_leaves()
    {
        var intl = new MerkleLog(MerkleHasher.Intl);
        var gm = new MerkleLog(MerkleHasher.Gm);
        foreach (var data in new[] { "招标公告"u8.ToArray(), "投标文件"u8.ToArray(), "开标记录"u8.ToArray() })
        {
            intl.Append(MerkleHasher.Intl.HashLeaf(data));
            gm.Append(MerkleHasher.Gm.HashLeaf(data));
        }
        Assert.NotEqual(intl.Root(), gm.Root());
        var proof = gm.InclusionProof(1, 3);
        Assert.True(MerkleVerifier.VerifyInclusion(MerkleHasher.Gm, 1, 3, MerkleHasher.Gm.HashLeaf("投标文件"u8), proof, gm.Root()).IsValid);
        Assert.False(MerkleVerifier.VerifyInclusion(MerkleHasher.Intl, 1, 3, MerkleHasher.Gm.HashLeaf("投标文件"u8), proof, gm.Root()).IsValid);
    }

    [Fact]
    public void out_of_range_requests_are_refused_with_the_numbers()
    {
        var log = new MerkleLog(MerkleHasher.Intl);
        log.Append(MerkleHasher.Intl.HashLeaf([1]));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => log.InclusionProof(1, 1));
        Assert.Contains("leaf index 1", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.ConsistencyProof(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => log.ConsistencyProof(0, 1));
        Assert.Throws<ArgumentException>(() => log.Append(new byte[31]));
    }

    private static byte[] Flip(byte[] value, int bit)
    {
        var copy = (byte[])value.Clone();
        copy[bit / 8 % copy.Length] ^= (byte)(1 << (bit % 8));
        return copy;
    }

    private sealed class CountingStore : INodeStore
    {
        private readonly MemoryNodeStore inner = new();

        public int Reads { get; set; }

        public void Write(NodeId id, ReadOnlySpan<byte> hash) => inner.Write(id, hash);

        public IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> ids)
        {
            Reads += ids.Count;
            return inner.Read(ids);
        }
    }
}
