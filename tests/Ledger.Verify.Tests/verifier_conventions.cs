using System.Reflection;

namespace Ledger.Verify.Tests;

/// <summary>The verifier stays small enough for a court's expert to audit: no store, no network, no database.</summary>
public sealed class verifier_conventions
{
    [Fact]
    public void the_verifier_references_only_the_runtime_and_bouncycastle()
    {
        var references = typeof(Ledger.Verify.VerifyCommand).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("BouncyCastle.Cryptography", references);
        Assert.All(references, name => Assert.True(
            name == "BouncyCastle.Cryptography" || name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib",
            $"the verifier references {name}"));
    }

    [Fact]
    public void the_verifier_code_names_no_store_or_database()
    {
        var root = Workspace.RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "tools", "Ledger.Verify"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src", "Ledger", "Evidence"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var forbidden in new[] { "Marten", "Npgsql", "System.Net.Http", "HttpClient" })
            {
                Assert.False(text.Contains(forbidden, StringComparison.Ordinal), $"{file} mentions {forbidden}");
            }
        }
    }
}
