namespace Ledger.Addresses;

/// <summary>Where a company registration (住所登记) stands; checks and notices are facts beside the stage.</summary>
public enum RegistrationStage
{
    NotApplied,
    Applied,
    Completed,
}
