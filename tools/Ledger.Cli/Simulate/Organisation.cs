using Ledger.Actions;

namespace Ledger.Cli.Simulate;

/// <summary>A tenderer, tender agency, department or owner that acts through one person of its staff.</summary>
internal sealed record Organisation(string Id, string Name, Actor Staff);
