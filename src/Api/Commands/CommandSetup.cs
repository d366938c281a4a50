using Ledger.Api.Idempotency;

namespace Ledger.Api.Commands;

/// <summary>What the command endpoints need: their strict JSON, the idempotency keys, and the body size limit on the server.</summary>
public static class CommandSetup
{
    public static void AddLedgerCommands(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = CommandLimits.MaxBodyBytes);
        builder.Services.AddSingleton<CommandJson>();
        builder.Services.AddSingleton<IdempotencyKeys>();
    }
}
