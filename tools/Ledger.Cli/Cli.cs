namespace Ledger.Cli;

/// <summary><c>ledger</c>: operations on the ledger, one command per verb.</summary>
public static class Cli
{
    public const string Usage = """
        usage: ledger keys generate --suite intl|gm --name <key-name> --out <file>
               ledger keys rotate --connection <npgsql> --origin <origin> --key-file <current> --new-key-file <next> [--schema ledger] [--suite intl|gm] [--person <id>]
               ledger tokens issue --role <Role> --person <id> --org <organisation> [--name <person's name>] [--hours 8] [--data-directory src/Api/.ledger]
               ledger sample --out <folder>
               ledger bench evidence [--log2-leaves <n>]
               ledger verify-store --key <vkey|vkey-file> [--key …] [--connection <npgsql>] [--data <pgdata-folder>] [--schema <name>]
               ledger bench store [--connection <npgsql>] [--events <n>] [--seconds <n>]
               ledger bench projections [--connection <npgsql>] [--events 1000000] [--load <events/s>] [--seconds 60]
               ledger bench api [--clients 200] [--seconds 60] [--tenders 10] [--connection <npgsql> | --api <url> [--data-directory src/Api/.ledger]]
               ledger rebuild [--connection <npgsql>] [--data <pgdata-folder>] [--schema ledger]
               ledger seal --connection <npgsql> --origin <origin> --key-file <file>[,<file>…] [--schema ledger] [--suite intl|gm]
               ledger demo [--api http://127.0.0.1:5080]
               ledger import --csv <file> --market <name> [--map field=Column,…] [--decimal point|comma] [--person <id>] [--organisation <id>] [--connection <npgsql>] [--data <pgdata-folder>] [--key-file <file>]
               ledger evaluate --market <name> [--truth <name.truth.json> (a simulated market)] [--json] [--folds 5] [--seed <n>] [--connection <npgsql>] [--data <pgdata-folder>]
               ledger simulate --market <name> [--seed <n>] [--tenders <n>] [--bidders <n>] [--rate <0..1>] [--subtlety <0..1>] [--truth <file>] [--connection <npgsql> | --data <pgdata-folder>] [--schema <name>] [--key-file <file>]
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["keys", "generate", .. var rest] => KeysGenerateCommand.Run(Options.Parse(rest), output),
                ["keys", "rotate", .. var rest] => KeysRotateCommand.Run(Options.Parse(rest), output),
                ["tokens", "issue", .. var rest] => TokensIssueCommand.Run(Options.Parse(rest), output),
                ["sample", .. var rest] => SampleCommand.Run(Options.Parse(rest), output),
                ["bench", "evidence", .. var rest] => EvidenceBenchmark.Run(Options.Parse(rest), output),
                ["verify-store", .. var rest] => VerifyStoreCommand.Run(rest, output, error),
                ["bench", "store", .. var rest] => StoreBenchmark.Run(Options.Parse(rest), output),
                ["bench", "projections", .. var rest] => ProjectionBenchmark.Run(Options.Parse(rest), output),
                ["bench", "api", .. var rest] => ApiBenchmark.Run(Options.Parse(rest), output, error),
                ["rebuild", .. var rest] => RebuildCommand.Run(Options.Parse(rest), output, error),
                ["seal", .. var rest] => SealCommand.Run(Options.Parse(rest), output),
                ["demo", .. var rest] => DemoCommand.Run(Options.Parse(rest), output, error),
                ["import", .. var rest] => Import.ImportCommand.Run(Options.Parse(rest), output),
                ["evaluate", .. var rest] => Evaluate.EvaluateCommand.Run(rest, output),
                ["simulate", .. var rest] => Simulate.SimulateCommand.Run(Options.Parse(rest), output, error),
                ["-h" or "--help" or "help"] => Help(output),
                _ => throw new UsageException(args.Length == 0 ? "no command given" : $"unknown command '{string.Join(' ', args.Take(2))}'"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"ledger: {e.Message}");
            error.WriteLine("run 'ledger --help' for usage");
            return 2;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }
}
