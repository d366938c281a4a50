using Ledger.Verify;

namespace Ledger.Verify.Tests;

/// <summary>README's first command runs the verifier on samples/: it must keep verifying as formats evolve.</summary>
public sealed class bundled_sample
{
    [Fact]
    public void every_bundled_receipt_and_the_checkpoint_verify_under_the_bundled_key()
    {
        var samples = Path.Combine(Workspace.RepositoryRoot(), "samples");
        var vkey = File.ReadAllText(Path.Combine(samples, "log.vkey")).Trim();
        var receipts = Directory.GetFiles(samples, "receipt-*.json");
        Assert.NotEmpty(receipts);
        foreach (var receipt in receipts)
        {
            var (code, output, error) = Workspace.Run("receipt", "--key", vkey, receipt);
            Assert.True(code == ExitCode.Valid, $"{receipt}: {output}{error}");
        }
        Assert.Equal(ExitCode.Valid, Workspace.Run("checkpoint", "--key", vkey, Path.Combine(samples, "checkpoint.txt")).Code);
    }
}
