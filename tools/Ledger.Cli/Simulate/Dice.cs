using System.Security.Cryptography;
using System.Text;

namespace Ledger.Cli.Simulate;

/// <summary>
/// The simulator's only source of chance: <see cref="Random"/> with a seed, whose seeded sequence .NET keeps stable.
/// Each part of the market draws from its own dice (<see cref="For"/>), so planting one more case or adding a property
/// does not move the numbers of every tender after it.
/// </summary>
internal sealed class Dice
{
    private readonly Random random;

    private Dice(int seed) => random = new Random(seed);

    public static Dice For(int seed, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}/{purpose}"));
        return new Dice(BitConverter.ToInt32(hash, 0) & int.MaxValue);
    }

    public double Unit() => random.NextDouble();

    public double Uniform(double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>A normal deviate cut at ±<paramref name="limit"/>, for prices that must stay within a band.</summary>
    public double Normal(double limit) => Math.Clamp(Normal(), -limit, limit);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var point = random.NextDouble() * total;
        foreach (var item in items)
        {
            point -= weight(item);
            if (point < 0)
            {
                return item;
            }
        }
        return items[^1];
    }

    /// <summary>Up to <paramref name="count"/> distinct items, each drawn by weight from those left; items of weight 0 never.</summary>
    public List<T> Draw<T>(IEnumerable<T> items, int count, Func<T, double> weight)
    {
        var left = items.Where(i => weight(i) > 0).ToList();
        var drawn = new List<T>(count);
        while (drawn.Count < count && left.Count > 0)
        {
            var item = Weighted(left, weight);
            left.Remove(item);
            drawn.Add(item);
        }
        return drawn;
    }

    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    public string Hex(int bytes) => Convert.ToHexStringLower(Bytes(bytes));

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
}
