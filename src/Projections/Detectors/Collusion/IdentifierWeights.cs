namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// How much one shared value of each kind says. Practice treats one matching identifier as strong suspicion, not
/// proof (DOMAIN.md), so each match is a weight in (0, 1], and several kinds shared by the same pair combine as
/// independent signals: <c>1 − Π(1 − wᵢ)</c>. The weights are judgement defaults; the reasons are beside each.
/// </summary>
public sealed record IdentifierWeights
{
    /// <summary>0.8: unique per adapter, but virtual adapters and cloned virtual machines repeat MACs.</summary>
    public double MacAddress { get; init; } = 0.8;

    /// <summary>0.5: the processor id that Windows reports is the model's signature, shared by every CPU of a model.</summary>
    public double CpuId { get; init; } = 0.5;

    /// <summary>0.9: a disk serial is unique to one drive.</summary>
    public double DiskSerial { get; init; } = 0.9;

    /// <summary>0.95: a cost-software dongle is one physical licence key, which the licensee does not lend a competitor.</summary>
    public double DongleSerial { get; init; } = 0.95;

    /// <summary>0.4: NAT, shared office networks and the centre's own terminals put unrelated bidders behind one IP.</summary>
    public double IpAddress { get; init; } = 0.4;

    /// <summary>1.0: two bidders submitting the same document is the deemed collusion of Art. 40 (4), (5) itself.</summary>
    public double DocumentHash { get; init; } = 1.0;

    /// <summary>0.9: Art. 40 (2) deems it collusion; a large agency serving two clients innocently is the exception.</summary>
    public double Agent { get; init; } = 0.9;

    /// <summary>0.6: a shared contact is named by the procurement rules only; consultants legitimately serve several firms.</summary>
    public double Contact { get; init; } = 0.6;

    /// <summary>0.95: one person cannot manage the same project for two bidders; Art. 40 (3) deems it collusion.</summary>
    public double ProjectManager { get; init; } = 0.95;

    /// <summary>0.95: Art. 40 (6) deems it collusion; a guarantor or bank clearing account must not be passed in as a source.</summary>
    public double DepositAccount { get; init; } = 0.95;

    /// <summary>
    /// 0.6: a pair whose shared kinds combine below this raises no warning. A CPU id alone (0.5) names a processor model
    /// and an IP alone (0.4) a network, which unrelated bidders share; either with the other (0.7) or with any identifier
    /// unique to a machine, person or account warns.
    /// </summary>
    public double MinimumScore { get; init; } = 0.6;

    /// <summary>
    /// Values that identify nothing and never match, compared after normalisation (trimmed, upper case, MAC separators
    /// removed): blanks, zero and broadcast MACs, BIOS placeholders, loopback and unspecified IPs. Add the centre's own
    /// terminal IPs here, when the weights are built: the detector reads the list once per weights instance.
    /// </summary>
    public IReadOnlyList<string> IgnoredValues { get; init; } =
    [
        "", "0", "-", "N/A", "NA", "NONE", "NULL", "UNKNOWN", "000000000000", "FFFFFFFFFFFF",
        "TO BE FILLED BY O.E.M.", "DEFAULT STRING", "SYSTEM SERIAL NUMBER", "127.0.0.1", "0.0.0.0", "::1",
    ];

    internal double Of(IdentifierKind kind) => kind switch
    {
        IdentifierKind.MacAddress => MacAddress,
        IdentifierKind.CpuId => CpuId,
        IdentifierKind.DiskSerial => DiskSerial,
        IdentifierKind.DongleSerial => DongleSerial,
        IdentifierKind.IpAddress => IpAddress,
        IdentifierKind.DocumentHash => DocumentHash,
        IdentifierKind.Agent => Agent,
        IdentifierKind.Contact => Contact,
        IdentifierKind.ProjectManager => ProjectManager,
        IdentifierKind.DepositAccount => DepositAccount,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no weight for this identifier kind"),
    };
}
