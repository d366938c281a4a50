using Ledger.Actions;
using Ledger.Store.Embedded;

namespace Ledger.Cli;

/// <summary>
/// <c>ledger tokens issue</c>: a development bearer token for one person, organisation and role, signed with the
/// embedded default's token key (made on first use in the API's data folder, which the API in Development trusts).
/// Prints only the token, so <c>TOKEN=$(ledger tokens issue …)</c> works. Real deployments take tokens from their
/// identity provider instead.
/// </summary>
public static class TokensIssueCommand
{
    private static readonly string DefaultDataDirectory = Path.Combine("src", "Api", ".ledger");

    public static int Run(Options options, TextWriter output)
    {
        options.AllowOnly("--role", "--person", "--org", "--name", "--hours", "--data-directory");
        var roleName = options.Required("--role");
        if (!Enum.GetNames<Role>().Contains(roleName))
        {
            throw new UsageException($"--role '{roleName}' is not one of {string.Join(", ", Enum.GetNames<Role>())}");
        }
        var person = NonBlank(options, "--person");
        var organisation = NonBlank(options, "--org");
        var hours = options.Whole("--hours", 8, 1, 24 * 30);
        var tokens = DevelopmentTokens.LoadOrCreate(Path.GetFullPath(options.Optional("--data-directory") ?? DefaultDataDirectory));
        var actor = new Actor(person, options.Optional("--name"), organisation, Enum.Parse<Role>(roleName));
        output.WriteLine(tokens.Issue(actor, DateTimeOffset.UtcNow, TimeSpan.FromHours(hours)));
        return 0;
    }

    private static string NonBlank(Options options, string name)
    {
        var value = options.Required(name);
        return string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{name} must not be blank") : value;
    }
}
