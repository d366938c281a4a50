// The API grows with the store and API issues; until then it only answers whether it is alive.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/health/live", () => TypedResults.Ok("live"));

app.Run();

/// <summary>Public so tests can host the API.</summary>
public partial class Program;
