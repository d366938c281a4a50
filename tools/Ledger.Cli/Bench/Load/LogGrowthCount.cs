using System.Net;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Notes;

namespace Ledger.Cli.Bench.Load;

/// <summary>
/// Counts through the API alone, for a ledger whose database the benchmark cannot reach: how much the log's signed
/// checkpoint grew over the run. Every event goes into the log, so this is exact only while nothing but the run
/// writes to the ledger (a refusal recorded in an actor's trail counts too).
/// </summary>
internal sealed class LogGrowthCount(HttpClient http) : IEventCount
{
    /// <summary>The log has settled when its size holds this long: several of the sealer's default 500 ms intervals.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private long before;

    public string Source => "growth of the log's signed checkpoint over the run (assumes no other writer)";

    public async Task StartAsync(CancellationToken ct) => before = await SettledSizeAsync(await LogKeys.FetchAsync(http, ct), ct);

    public async Task<long> CountAsync(string run, CancellationToken ct) => await SettledSizeAsync(await LogKeys.FetchAsync(http, ct), ct) - before;

    /// <summary>The tree size once events appended before the call have had time to be sealed.</summary>
    private async Task<long> SettledSizeAsync(IReadOnlyList<VerifierKey> keys, CancellationToken ct)
    {
        var size = await SizeAsync(keys, ct);
        var held = DateTimeOffset.UtcNow;
        while (DateTimeOffset.UtcNow - held < Settled)
        {
            await Task.Delay(Poll, ct);
            var now = await SizeAsync(keys, ct);
            if (now != size)
            {
                (size, held) = (now, DateTimeOffset.UtcNow);
            }
        }
        return size;
    }

    /// <summary>The size of the newest checkpoint, checked under the log's key; 0 before the first block.</summary>
    private async Task<long> SizeAsync(IReadOnlyList<VerifierKey> keys, CancellationToken ct)
    {
        using var response = await http.GetAsync("log/checkpoint", ct);
        var note = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return 0;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new LoadStoppedException($"GET /log/checkpoint answered {(int)response.StatusCode}: {note}", 1);
        }
        var opened = keys.Select(key => CheckpointVerifier.Open(note, key)).ToList();
        return opened.FirstOrDefault(o => o.IsValid)?.Value is { } checkpoint ? checkpoint.Checkpoint.Size
            : throw new LoadStoppedException($"the log's checkpoint does not verify under its own key: {opened[0].Failure}", 1);
    }
}
