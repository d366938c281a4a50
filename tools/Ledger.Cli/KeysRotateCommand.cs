using Ledger.Actions;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Notes;
using Ledger.Store;
using Ledger.Store.Keys;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger keys rotate</c>: hands the log's key over to a new one, as a sealed event signed by both
/// (<see cref="LedgerStore.RotateSigningKeyAsync"/>). Every process that signs for the log must hold the new
/// key before its time comes (the API's <c>Ledger:SigningKeyFiles</c> lists both keys during the hand-over).
/// </summary>
public static class KeysRotateCommand
{
    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--connection", "--schema", "--origin", "--suite", "--key-file", "--new-key-file", "--person");
        var suiteName = options.Optional("--suite") ?? "intl";
        var suite = CryptoSuite.Find(suiteName) ?? throw new UsageException($"--suite '{suiteName}' is not intl or gm");
        var (current, incoming) = (Load(options.Required("--key-file")), Load(options.Required("--new-key-file")));
        var storeOptions = new LedgerStoreOptions
        {
            ConnectionString = options.Required("--connection"),
            Schema = options.Optional("--schema") ?? "ledger",
            Origin = options.Required("--origin"),
            Suite = suite,
            SigningKeys = [current],
        };
        var person = options.Optional("--person") ?? Environment.UserName;
        var context = new EventContext(
            new Actor(person, null, storeOptions.Origin, Role.CentreOperator), $"keys-rotate-{Guid.NewGuid():N}", null, new ClientInfo(null, "ledger keys rotate"));
        return RunAsync(storeOptions, incoming, context, output).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(LedgerStoreOptions options, SignerKey incoming, EventContext context, TextWriter output)
    {
        await using var store = await LedgerStore.OpenAsync(options);
        SignedPromise promise;
        try
        {
            promise = await store.RotateSigningKeyAsync(incoming, context);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new UsageException(e.Message);
        }
        var rotation = store.Keys.Rotations[^1];
        output.WriteLine($"key {rotation.Retired.Handle} hands over to {rotation.Adopted.Handle} at {rotation.From:O}");
        output.WriteLine($"recorded as event {promise.Promise.EventId} ({LogKeys.Stream} version {promise.Promise.Version})");
        return 0;
    }

    private static SignerKey Load(string file)
    {
        try
        {
            return SignerKeyLoader.FromFile(file);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
