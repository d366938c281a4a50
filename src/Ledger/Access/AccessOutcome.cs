namespace Ledger.Access;

/// <summary>Whether a read was served. A refused attempt is recorded as well: reaching for sealed bids is itself what Regulations Art. 41 looks for.</summary>
public enum AccessOutcome
{
    Granted,

    Denied,
}
