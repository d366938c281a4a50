using System.Text.Json;
using Ledger.Evidence.Merkle;
using Ledger.Tests.Support;

namespace Ledger.Tests.Evidence.Merkle;

/// <summary>The RFC 6962 reference tree of google/certificate-transparency and transparency-dev/merkle.</summary>
public sealed class reference_tree_vectors
{
    private static readonly JsonElement Tree = Vectors.Load("rfc6962-reference-tree.json").RootElement;
    private static readonly MerkleHasher Hasher = MerkleHasher.Intl;

    private static byte[] Hex(JsonElement e) => Convert.FromHexString(e.GetString()!);

    private static MerkleLog BuildLog()
    {
        var log = new MerkleLog(Hasher);
        foreach (var input in Tree.GetProperty("leafInputsHex").EnumerateArray())
        {
            log.Append(Hasher.HashLeaf(Hex(input)));
        }
        return log;
    }

    [Fact]
    public void leaf_hashes_carry_the_0x00_prefix()
    {
        var inputs = Tree.GetProperty("leafInputsHex").EnumerateArray().ToArray();
        var hashes = Tree.GetProperty("leafHashes").EnumerateArray().ToArray();
        Assert.Equal(inputs.Length, hashes.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(Hex(hashes[i]), Hasher.HashLeaf(Hex(inputs[i])));
        }
    }

    [Fact]
    public void hasher_answers_the_known_answer_tests()
    {
        var kats = Tree.GetProperty("hasherKATs").EnumerateArray().ToDictionary(k => k.GetProperty("input").GetString()!, k => Hex(k.GetProperty("want")));
        Assert.Equal(kats["MTH({})"], Hasher.EmptyRoot);
        Assert.Equal(kats["HashLeaf(\"\")"], Hasher.HashLeaf([]));
        Assert.Equal(kats["HashLeaf(\"L123456\")"], Hasher.HashLeaf("L123456"u8));
        Assert.Equal(kats["HashChildren(\"N123\",\"N456\")"], Hasher.HashChildren("N123"u8, "N456"u8));
    }

    [Fact]
    public void roots_of_every_size_match()
    {
        var log = BuildLog();
        var roots = Tree.GetProperty("rootsBySize").EnumerateArray().Select(Hex).ToArray();
        for (var size = 0; size < roots.Length; size++)
        {
            Assert.Equal(roots[size], log.Root(size));
        }
        Assert.Equal(roots[^1], log.Root());
    }

    [Fact]
    public void inclusion_paths_match_and_verify()
    {
        var log = BuildLog();
        var cases = Tree.GetProperty("inclusion").EnumerateArray().ToArray();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            var index = c.GetProperty("leafIndex").GetInt64();
            var size = c.GetProperty("treeSize").GetInt64();
            var expected = c.GetProperty("path").EnumerateArray().Select(Hex).ToArray();
            var proof = log.InclusionProof(index, size);
            Assert.Equal(expected, proof);
            var verdict = MerkleVerifier.VerifyInclusion(Hasher, index, size, Hex(c.GetProperty("leafHash")), proof, Hex(c.GetProperty("root")));
            Assert.True(verdict.IsValid, verdict.Failure);
        }
    }

    [Fact]
    public void consistency_proofs_match_and_verify()
    {
        var log = BuildLog();
        var cases = Tree.GetProperty("consistency").EnumerateArray().ToArray();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            var size1 = c.GetProperty("size1").GetInt64();
            var size2 = c.GetProperty("size2").GetInt64();
            var expected = c.GetProperty("proof").EnumerateArray().Select(Hex).ToArray();
            var proof = log.ConsistencyProof(size1, size2);
            Assert.Equal(expected, proof);
            var verdict = MerkleVerifier.VerifyConsistency(Hasher, size1, size2, proof, Hex(c.GetProperty("root1")), Hex(c.GetProperty("root2")));
            Assert.True(verdict.IsValid, verdict.Failure);
        }
    }

    [Fact]
    public void bitcoin_style_duplicate_leaves_do_not_collide()
    {
        var cve = Tree.GetProperty("antiVectors").GetProperty("cve_2012_2459");
        byte[] RootOf(string name)
        {
            var log = new MerkleLog(Hasher);
            foreach (var input in cve.GetProperty(name).EnumerateArray())
            {
                log.Append(Hasher.HashLeaf(Hex(input)));
            }
            return log.Root();
        }
        var a = RootOf("leafInputsHex_A");
        var b = RootOf("leafInputsHex_B");
        Assert.NotEqual(a, b);
        Assert.Equal(Hex(cve.GetProperty("rfc9162Root_A")), a);
        Assert.Equal(Hex(cve.GetProperty("rfc9162Root_B")), b);
    }

    [Fact]
    public void a_64_byte_leaf_cannot_pose_as_an_interior_node()
    {
        var anti = Tree.GetProperty("antiVectors").GetProperty("secondPreimage");
        var forged = new MerkleLog(Hasher);
        forged.Append(Hasher.HashLeaf(Hex(anti.GetProperty("forgedOneLeafInputHex"))));
        Assert.Equal(Hex(anti.GetProperty("forgedOneLeafRoot")), forged.Root());
        Assert.NotEqual(Hex(anti.GetProperty("twoLeafRoot")), forged.Root());
    }
}
