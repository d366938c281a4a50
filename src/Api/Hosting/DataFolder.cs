namespace Ledger.Api.Hosting;

/// <summary>The folder the API keeps its own state in: the embedded database and the development keys.</summary>
public static class DataFolder
{
    /// <summary><c>Ledger:DataDirectory</c>, or <c>.ledger</c> beside the app's content root.</summary>
    public static string Of(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["Ledger:DataDirectory"] ?? Path.Combine(environment.ContentRootPath, ".ledger"));
}
