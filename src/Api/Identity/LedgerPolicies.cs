using Ledger.Actions;
using Ledger.Privacy;
using Microsoft.AspNetCore.Authorization;

namespace Ledger.Api.Identity;

/// <summary>
/// Who may call what, by role. Every endpoint names one of these policies or is explicitly anonymous; anything
/// else is refused by the fallback policy (deny by default). The command rules then decide finer questions (only the
/// bidder itself bids, only the department's official concludes its step) and record wrong-role actions in the trail.
/// </summary>
public static class LedgerPolicies
{
    /// <summary>招标投标 commands.</summary>
    public const string Bidding = "bidding";

    /// <summary>住所登记 commands.</summary>
    public const string Addresses = "addresses";

    /// <summary>行政审批 commands.</summary>
    public const string Approvals = "approvals";

    /// <summary>Any identified actor; the endpoint itself narrows what it shows (one's own receipts).</summary>
    public const string AnyActor = "any-actor";

    /// <summary>Bids and the expert panel of a tender: the parties to the tender and the oversight bodies. The endpoints
    /// keep them sealed until the opening (the panel until the result) whatever the role.</summary>
    public const string TenderSecrets = "tender-secrets";

    /// <summary>An address certificate's evidence package, which discloses the owner's personal values: the registration
    /// officials who check it and the bodies that take evidence.</summary>
    public const string CertificatePackages = "certificate-packages";

    /// <summary>Tender trails: the centre that runs them and the oversight bodies.</summary>
    public const string TenderTrails = "tender-trails";

    /// <summary>Actor timelines, across families: the oversight bodies.</summary>
    public const string Timelines = "timelines";

    /// <summary>Address register: the centre, registration officials and the oversight bodies.</summary>
    public const string AddressRegister = "address-register";

    /// <summary>Address evidence certificates (存证证书) by number: those who cite, check or issue them (applicants,
    /// registration officials, the centre, property owners) and the oversight bodies.</summary>
    public const string AddressCertificates = "address-certificates";

    /// <summary>Approval cases: officials and the oversight bodies.</summary>
    public const string ApprovalCases = "approval-cases";

    /// <summary>Warnings: the bodies that act on them.</summary>
    public const string Warnings = "warnings";

    /// <summary>Market indicators per region and period: every role, the public included. They are aggregates of awarded
    /// tenders only, whose winners and prices are published and whose bidders were read out at the opening; trading
    /// centres publish such statistics, and what the public may read the parties may too.</summary>
    public const string MarketIndicators = "market-indicators";

    /// <summary>Certified evidence packages.</summary>
    public const string EvidenceExport = "evidence-export";

    /// <summary>Lawful erasure orders for personal data: a court's judgment or ruling, or the decision of the supervising
    /// department performing personal-information protection duties (PIPL Art. 47, 60, 64); see <see cref="ErasureOrder"/>.</summary>
    public const string ErasureOrders = "erasure-orders";

    private static readonly Role[] Oversight = [Role.Supervisor, Role.DisciplineInspector, Role.Auditor, Role.Court];

    /// <summary>The roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<Role>> Roles { get; } = new Dictionary<string, IReadOnlySet<Role>>
    {
        [Bidding] = new HashSet<Role> { Role.CentreOperator, Role.Tenderer, Role.TenderAgent, Role.Bidder, Role.Expert, Role.Supervisor },
        [Addresses] = new HashSet<Role> { Role.CentreOperator, Role.PropertyOwner, Role.Applicant, Role.Official, Role.Supervisor },
        [Approvals] = new HashSet<Role> { Role.Applicant, Role.Official },
        [AnyActor] = Enum.GetValues<Role>().Where(r => r != Role.Public).ToHashSet(),
        [TenderSecrets] = new HashSet<Role>([Role.CentreOperator, Role.Tenderer, Role.TenderAgent, Role.Bidder, Role.Expert, .. Oversight]),
        [CertificatePackages] = new HashSet<Role>([Role.Official, .. Oversight]),
        [TenderTrails] = new HashSet<Role>([Role.CentreOperator, .. Oversight]),
        [Timelines] = new HashSet<Role>(Oversight),
        [AddressRegister] = new HashSet<Role>([Role.CentreOperator, Role.Official, .. Oversight]),
        [AddressCertificates] = new HashSet<Role>([Role.Applicant, Role.Official, Role.CentreOperator, Role.PropertyOwner, .. Oversight]),
        [ApprovalCases] = new HashSet<Role>([Role.Official, .. Oversight]),
        [Warnings] = new HashSet<Role> { Role.Supervisor, Role.DisciplineInspector, Role.Auditor },
        [MarketIndicators] = Enum.GetValues<Role>().ToHashSet(),
        [EvidenceExport] = new HashSet<Role> { Role.Court, Role.DisciplineInspector, Role.Supervisor },
        [ErasureOrders] = new HashSet<Role>(ErasureOrder.Issuers),
    };

    /// <param name="centre">The trading centre this ledger serves (<c>Ledger:Centre</c>): its operators act only for it, so an
    /// operator's token must name it as organisation. Null admits any centre's operators (Development only).</param>
    public static void Add(AuthorizationOptions options, string? centre)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                CurrentActor.From(context.User) is { } actor && roles.Contains(actor.Role)
                && (actor.Role != Role.CentreOperator || centre is null || actor.Organisation == centre)));
        }
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(_ => false).Build();
    }
}
