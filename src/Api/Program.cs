using Ledger.Api.Health;
using Ledger.Api.Hosting;
using Ledger.Api.Log;
using Ledger.Api.Receipts;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<LedgerRuntime>();
builder.Services.AddHostedService(services => services.GetRequiredService<LedgerRuntime>());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealth();
app.MapReceipts();
app.MapLog();
app.Run();

/// <summary>Public so tests can host the API.</summary>
public partial class Program;
