using Ledger.Actions;

namespace Ledger.Addresses.Events;

/// <summary>The listing agrees with the real-estate registry (不动产登记) record in the fields named.</summary>
/// <param name="RegistryRecordNumber">不动产权证号 or 不动产单元号 of the record matched.</param>
public sealed record PropertyMatchedToRegistry(
    string PropertyId, string RegistryRecordNumber, IReadOnlyList<RegistryField> MatchedFields, Actor By, DateTimeOffset At);
