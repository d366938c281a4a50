using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Store;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger seal</c>: runs a sealer for a ledger on its own, beside the API or instead of the API's own.
/// Any number may run; one seals, the others wait on the advisory lock and take over when it dies.
/// Stops on SIGINT or SIGTERM.
/// </summary>
public static class SealCommand
{
    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--connection", "--schema", "--origin", "--suite", "--key-file");
        var suiteName = options.Optional("--suite") ?? "intl";
        var suite = CryptoSuite.Find(suiteName) ?? throw new UsageException($"--suite '{suiteName}' is not intl or gm");
        // Several keys, comma-separated: a gm log's SM2 key with an Ed25519 key for public witnesses, or the key a
        // rotation hands over to, as the API's Ledger:SigningKeyFiles.
        var keys = new List<SignerKey>();
        foreach (var keyFile in options.Required("--key-file").Split(',', StringSplitOptions.TrimEntries))
        {
            try
            {
                keys.Add(SignerKeyLoader.FromFile(keyFile));
            }
            catch (Exception e) when (e is InvalidOperationException or IOException)
            {
                throw new UsageException(e.Message);
            }
        }
        var storeOptions = new LedgerStoreOptions
        {
            ConnectionString = options.Required("--connection"),
            Schema = options.Optional("--schema") ?? "ledger",
            Origin = options.Required("--origin"),
            Suite = suite,
            SigningKeys = keys,
        };
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        return RunAsync(storeOptions, output, stop.Token).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(LedgerStoreOptions options, TextWriter output, CancellationToken ct)
    {
        await using var store = await LedgerStore.OpenAsync(options, ct);
        output.WriteLine($"sealer for {options.Origin} (schema {options.Schema}) waiting for leadership");
        await new Sealer(store).RunAsync(ct);
        output.WriteLine("sealer stopped");
        return 0;
    }
}
