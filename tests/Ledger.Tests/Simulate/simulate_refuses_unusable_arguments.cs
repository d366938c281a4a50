namespace Ledger.Tests.Simulate;

public sealed class simulate_refuses_unusable_arguments
{
    [Theory]
    [InlineData("option --market is required", "simulate", "--tenders", "10")]
    [InlineData("market name 'Big Market'", "simulate", "--market", "Big Market")]
    [InlineData("rate 2 is not between 0 and 1", "simulate", "--market", "m", "--rate", "2")]
    [InlineData("--subtlety 'high'", "simulate", "--market", "m", "--subtlety", "high")]
    [InlineData("give --connection or --data, not both", "simulate", "--market", "m", "--connection", "Host=x", "--data", "y")]
    [InlineData("unknown option --colour", "simulate", "--market", "m", "--colour", "red")]
    [InlineData("5 bidders", "simulate", "--market", "m", "--bidders", "5")]
    public void with_exit_2_and_one_line(string says, params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, Cli.Cli.Run(args, TextWriter.Null, error));

        Assert.StartsWith("ledger: ", error.ToString());
        Assert.Contains(says, error.ToString());
    }
}
