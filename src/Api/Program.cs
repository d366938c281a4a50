using System.Text.Json.Serialization;
using Ledger.Api.Addresses;
using Ledger.Api.Approvals;
using Ledger.Api.Bidding;
using Ledger.Api.Commands;
using Ledger.Api.Evidence;
using Ledger.Api.Health;
using Ledger.Api.Hosting;
using Ledger.Api.Identity;
using Ledger.Api.Log;
using Ledger.Api.OpenApi;
using Ledger.Api.Privacy;
using Ledger.Api.Receipts;
using Ledger.Api.Views;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}
builder.Services.AddProblemDetails();
// Minimal APIs answer unreadable bodies with 400 themselves (problem details via status code pages) instead
// of throwing, as they do in Development, so a client's mistake is not logged as a server failure.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<LedgerRuntime>();
builder.AddLedgerIdentity();
builder.AddLedgerCommands();
builder.Services.AddLedgerOpenApi();
builder.Services.AddHostedService(services => services.GetRequiredService<LedgerRuntime>());

var app = builder.Build();
// Unreadable requests (malformed JSON, wrong types, oversized bodies) are the client's error: 400, not 500.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapLedgerOpenApi();
app.MapHealth();
app.MapReceipts();
app.MapLog();
app.MapBidding();
app.MapTenderSecrets();
app.MapAddresses();
app.MapApprovals();
app.MapViews();
app.MapWarnings();
app.MapMarkets();
app.MapEvidencePackages();
app.MapAddressCertificates();
app.MapErasureOrders();
app.Run();
