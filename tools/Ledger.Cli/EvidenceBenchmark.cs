using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Merkle;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger bench evidence</c>: the evidence core's speed on this machine, each figure against the raw
/// hash rate measured in the same run, on one core. Targets (issue 2): appends ≥ 0.5 × raw hashes/s;
/// inclusion proofs verified on a 2^24-leaf tree ≥ 0.7 × raw hashes/s ÷ proof length; canonicalisation
/// plus leaf hash of a 1 KB event with Chinese text ≥ 100,000/s.
/// </summary>
public static class EvidenceBenchmark
{
    private const int Rounds = 7;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);

    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--log2-leaves");
        var log2 = int.TryParse(options.Optional("--log2-leaves") ?? "24", NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 4 and <= 26
            ? n
            : throw new UsageException("--log2-leaves must be a whole number from 4 to 26");

        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; one thread");
        output.WriteLine($"| suite | measure | per second | baseline per second | ratio | target |");
        output.WriteLine($"|---|---|---:|---:|---:|---|");
        foreach (var suite in new[] { CryptoSuite.Intl, CryptoSuite.Gm })
        {
            var hasher = MerkleHasher.For(suite);
            var raw = RawHashes(hasher);
            Row(output, suite, "leaves appended", Compare(Appends(hasher), raw), "≥ 0.5");

            var (proofs, length) = InclusionProofs(hasher, log2);
            Row(output, suite, $"inclusion proofs verified, 2^{log2} leaves (proof length {length})", Compare(proofs, raw, baselineScale: 1.0 / length), "≥ 0.7");

            var events = Compare(Canonicalisations(suite), raw);
            output.WriteLine($"| {suite.Name} | 1 KB event canonicalised + leaf hash | {events.Rate:N0} | — | — | ≥ 100,000/s |");
            output.WriteLine($"| {suite.Name} | raw hash, 65-byte node input (baseline) | {events.Baseline:N0} | — | — | — |");
        }
        return 0;
    }

    private static void Row(TextWriter output, CryptoSuite suite, string what, (double Rate, double Baseline, double Ratio) m, string target) =>
        output.WriteLine($"| {suite.Name} | {what} | {m.Rate:N0} | {m.Baseline:N0} | {m.Ratio:F2} | {target} |");

    /// <summary>The baseline: one interior-node hash, H(0x01 || left || right), as the log computes it.</summary>
    private static Func<int> RawHashes(MerkleHasher hasher)
    {
        var node = new byte[MerkleHasher.Size];
        return () =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                hasher.HashChildren(node, node, node);
            }
            return 10_000;
        };
    }

    private static Func<int> Appends(MerkleHasher hasher)
    {
        var leaves = Enumerable.Range(0, 1 << 16).Select(i => hasher.HashLeaf(BitConverter.GetBytes(i))).ToArray();
        return () =>
        {
            var log = new MerkleLog(hasher);
            foreach (var leaf in leaves)
            {
                log.Append(leaf);
            }
            return leaves.Length;
        };
    }

    /// <summary>Verifies proofs against one root already taken from a checked checkpoint, as a verifier does.</summary>
    private static (Func<int> Batch, int Length) InclusionProofs(MerkleHasher hasher, int log2)
    {
        var size = 1L << log2;
        var log = new MerkleLog(hasher);
        var leaf = new byte[MerkleHasher.Size];
        for (long i = 0; i < size; i++)
        {
            BitConverter.TryWriteBytes(leaf, i);
            log.Append(leaf);
        }
        var root = log.Root();
        var random = new Random(2);
        var samples = Enumerable.Range(0, 512).Select(_ =>
        {
            var index = random.NextInt64(size);
            var leafHash = new byte[MerkleHasher.Size];
            BitConverter.TryWriteBytes(leafHash, index);
            return (index, leafHash, log.InclusionProof(index, size));
        }).ToArray();
        int Batch()
        {
            foreach (var (index, leafHash, proof) in samples)
            {
                if (!MerkleVerifier.VerifyInclusion(hasher, index, size, leafHash, proof, root).IsValid)
                {
                    throw new InvalidOperationException($"benchmark proof for leaf {index} did not verify");
                }
            }
            return samples.Length;
        }
        return (Batch, samples[0].Item3.Length);
    }

    private static Func<int> Canonicalisations(CryptoSuite suite)
    {
        var hasher = MerkleHasher.For(suite);
        var json = Encoding.UTF8.GetBytes(SampleEvent());
        return () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                hasher.HashLeaf(Jcs.Canonicalize(json));
            }
            return 1000;
        };
    }

    /// <summary>About 1 KB of UTF-8: a bid submission with Chinese names and an address, keys out of order.</summary>
    internal static string SampleEvent() => """
        {"version":7,"type":"BidSubmitted","stream":"tender/GC-2026-0412","time":"2026-11-29T09:30:00.123456Z",
         "prev":"9f2c4e1a0b7d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60",
         "data":{"tenderId":"GC-2026-0412","project":"兰州新区第三中学教学楼及附属设施建设工程施工",
          "bidder":{"name":"甘肃省建设集团第三工程有限公司","creditCode":"91620100MA72XXXX3K","region":"甘肃省兰州市城关区"},
          "agent":"commit:4d1f0e9a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d",
          "file":{"sha256":"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae","bytes":18452731,"signature":"MEUCIQDx9P4aQ7Yc2s1rWq0bGzV2u3kq0vO7s9lVQ2tHn1yX0wIgM2k5uQ4oQ8w9Z7Xb6xT3pKc1aY0eR2sD4fG6hJ8kL0=","software":"广联达云计价平台GCCP6.0"},
          "features":{"mac":"00-1A-2B-3C-4D-5E","cpu":"BFEBFBFF000906EA","disk":"WD-WCC4N7XXXXXX","ip":"10.12.34.56","dongle":"GLD-8841-2207"},
          "priceCommitment":"commit:a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
          "note":"投标文件已加密并经CA数字证书签名，报价在开标前保密。"}}
        """;

    /// <summary>
    /// Runs subject and baseline in alternating short rounds, so that whatever else the machine does
    /// weighs on both alike, and reports the median of each rate and of the per-round ratios.
    /// </summary>
    private static (double Rate, double Baseline, double Ratio) Compare(Func<int> subject, Func<int> baseline, double baselineScale = 1.0)
    {
        subject();
        baseline();
        var rates = new List<double>();
        var baselines = new List<double>();
        var ratios = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var rate = Measure(subject);
            var reference = Measure(baseline) * baselineScale;
            rates.Add(rate);
            baselines.Add(reference);
            ratios.Add(rate / reference);
        }
        return (Median(rates), Median(baselines), Median(ratios));
    }

    private static double Measure(Func<int> batch)
    {
        var items = 0L;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Window)
        {
            items += batch();
        }
        return items / watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
