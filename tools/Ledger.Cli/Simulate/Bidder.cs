using Ledger.Actions;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// A firm in the simulated market: where it is registered (its credit code says so), the categories it bids in, how
/// often it bids, how good its technical proposals are, and what its bids carry: the person who submits them, its
/// machine's feature codes, its CA certificate and its basic account (基本户), from which an honest deposit is paid, its
/// registered constructors, one of whom each bid names as project manager, and the contact its bids name.
/// </summary>
/// <param name="Activity">Relative frequency of bidding; log-normal across firms, so a few bid very often.</param>
/// <param name="Quality">Technical proposal quality, 0 to 1, for scored evaluations.</param>
internal sealed record Bidder(
    string Id,
    string Name,
    Region Home,
    IReadOnlyList<string> Categories,
    double Activity,
    double Quality,
    Actor Staff,
    FeatureCodes Machine,
    string CertificateSerial,
    string Account,
    IReadOnlyList<ProjectManager> Managers,
    ContactPerson Contact);
