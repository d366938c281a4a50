using System.Text.Json;
using Ledger.Evidence.Merkle;
using Ledger.Tests.Support;

namespace Ledger.Tests.Evidence.Merkle;

/// <summary>transparency-dev/merkle's proof probes: valid proofs and their corrupted twins.</summary>
public sealed class rfc9162_probes
{
    private static readonly JsonElement Probes = Vectors.Load("rfc9162-merkle-probes.json").RootElement;

    private static byte[] B64(JsonElement e) => Convert.FromBase64String(e.GetString()!);

    // The probes write Go's uint64 wrap-around (index - 1 from 0); as a signed number it is negative.
    private static long Number(JsonElement e) => unchecked((long)e.GetUInt64());

    public static TheoryData<string> InclusionIds() => [.. Probes.GetProperty("inclusion").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    public static TheoryData<string> ConsistencyIds() => [.. Probes.GetProperty("consistency").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    private static JsonElement Find(string section, string id) =>
        Probes.GetProperty(section).EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    [Theory]
    [MemberData(nameof(InclusionIds))]
    public void inclusion_probe_is_judged_as_the_reference_judges_it(string id)
    {
        var c = Find("inclusion", id);
        var verdict = MerkleVerifier.VerifyInclusion(
            MerkleHasher.Intl,
            Number(c.GetProperty("leafIdx")),
            Number(c.GetProperty("treeSize")),
            B64(c.GetProperty("leafHash")),
            c.GetProperty("proof").EnumerateArray().Select(B64).ToArray(),
            B64(c.GetProperty("root")));
        Assert.Equal(c.GetProperty("wantErr").GetBoolean(), !verdict.IsValid);
    }

    [Theory]
    [MemberData(nameof(ConsistencyIds))]
    public void consistency_probe_is_judged_as_the_reference_judges_it(string id)
    {
        var c = Find("consistency", id);
        var verdict = MerkleVerifier.VerifyConsistency(
            MerkleHasher.Intl,
            Number(c.GetProperty("size1")),
            Number(c.GetProperty("size2")),
            c.GetProperty("proof").EnumerateArray().Select(B64).ToArray(),
            B64(c.GetProperty("root1")),
            B64(c.GetProperty("root2")));
        Assert.Equal(c.GetProperty("wantErr").GetBoolean(), !verdict.IsValid);
    }

    [Fact]
    public void every_probe_file_is_read()
    {
        var counts = Probes.GetProperty("counts");
        Assert.Equal(
            counts.GetProperty("inclusion_valid").GetInt32() + counts.GetProperty("inclusion_invalid").GetInt32(),
            InclusionIds().Count);
        Assert.Equal(
            counts.GetProperty("consistency_valid").GetInt32() + counts.GetProperty("consistency_invalid").GetInt32(),
            ConsistencyIds().Count);
    }
}
