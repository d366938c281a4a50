using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ledger.Projections.Detectors.Collusion;

/// <summary>
/// Deemed collusion between the bidders of one tender (Regulations Art. 40; 财政部令第87号 Art. 37): the same machine
/// feature codes, document, agent, contact, project manager or deposit account behind two bids. One warning per pair
/// of bidders and rule, naming every shared value and the events of both bidders that carry it.
/// </summary>
/// <remarks>
/// "Identical" means equal after normalisation: trimmed, upper case (invariant), and for MAC addresses without the
/// separators <c>: - .</c> and spaces; values in <see cref="IdentifierWeights.IgnoredValues"/> never match. Personal
/// values (agent, contact, project manager, account) are not repeated in the explanation; the events hold them.
/// </remarks>
public static class SharedIdentifierDetector
{
    /// <summary>
    /// Machine feature codes (MAC, CPU, disk, dongle, IP). Score: <c>1 − Π(1 − w)</c> over the kinds shared; raised from
    /// <see cref="IdentifierWeights.MinimumScore"/>.
    /// </summary>
    public static readonly DetectorRule SharedFeatureCode = new("collusion.shared-feature-code", "串通投标：特征码雷同");

    /// <summary>The same bid document. Score: the <see cref="IdentifierWeights.DocumentHash"/> weight.</summary>
    public static readonly DetectorRule IdenticalDocument = new("collusion.identical-document", "串通投标：投标文件雷同");

    /// <summary>The same agent. Score: the <see cref="IdentifierWeights.Agent"/> weight.</summary>
    public static readonly DetectorRule SameAgent = new("collusion.same-agent", "串通投标：委托同一单位或个人办理投标");

    /// <summary>The same contact person. Score: the <see cref="IdentifierWeights.Contact"/> weight.</summary>
    public static readonly DetectorRule SameContact = new("collusion.same-contact", "串通投标：联系人为同一人");

    /// <summary>The same project manager. Score: the <see cref="IdentifierWeights.ProjectManager"/> weight.</summary>
    public static readonly DetectorRule SameProjectManager = new("collusion.same-project-manager", "串通投标：项目管理成员为同一人");

    /// <summary>Deposits from the same account. Score: the <see cref="IdentifierWeights.DepositAccount"/> weight.</summary>
    public static readonly DetectorRule SameDepositAccount = new("collusion.same-deposit-account", "串通投标：保证金从同一账户转出");

    /// <summary>The warnings of one tender, in <see cref="WarningOrder"/>.</summary>
    public static IReadOnlyList<Warning> Detect(string tenderId, IReadOnlyList<BidderIdentifier> identifiers, IdentifierWeights weights)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        ArgumentNullException.ThrowIfNull(weights);
        var ignored = Ignored.GetValue(weights, IgnoredValues.Of);
        var values = new Dictionary<(IdentifierKind Kind, string Key), List<BidderIdentifier>>();
        foreach (var identifier in identifiers)
        {
            var key = Normalise(identifier.Kind, identifier.Value);
            if (!ignored.Contains(identifier.Kind, key))
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(values, (identifier.Kind, key), out _) ??= []).Add(identifier);
            }
        }
        var matches = new Dictionary<(string A, string B, string Rule), List<Match>>();
        // A tender's detection runs after each of its bids and deposits; almost every value belongs to one bidder.
        foreach (var (shared, holders) in values.Where(v => v.Value.Exists(i => i.BidderId != v.Value[0].BidderId)))
        {
            var bidders = holders.GroupBy(i => i.BidderId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Bidder: g.Key, Events: g.Select(i => i.EventId).ToArray()))
                .ToArray();
            for (var i = 0; i < bidders.Length; i++)
            {
                for (var j = i + 1; j < bidders.Length; j++)
                {
                    var key = (bidders[i].Bidder, bidders[j].Bidder, RuleOf(shared.Kind).Id);
                    if (!matches.TryGetValue(key, out var list))
                    {
                        matches[key] = list = [];
                    }
                    list.Add(new Match(shared.Kind, shared.Key, [.. bidders[i].Events, .. bidders[j].Events]));
                }
            }
        }
        return matches.Count == 0 ? [] : WarningOrder.Sort(matches.Select(m => Warn(tenderId, m.Key.A, m.Key.B, m.Value, weights)).Where(w => w.Score >= weights.MinimumScore));
    }

    private static Warning Warn(string tenderId, string a, string b, List<Match> matches, IdentifierWeights weights)
    {
        var ordered = matches.OrderBy(m => m.Kind).ThenBy(m => m.Value, StringComparer.Ordinal).ToArray();
        var miss = ordered.Select(m => m.Kind).Distinct().Aggregate(1.0, (p, kind) => p * (1 - weights.Of(kind)));
        var rule = RuleOf(ordered[0].Kind);
        var what = Text.List(ordered.Select(m => Describe(m.Kind, m.Value)).Distinct());
        return rule.Warn($"{tenderId}:{a}+{b}", 1 - miss,
            Text.Say($"Bidders {a} and {b} in tender {tenderId} share {what} ({Basis(ordered[0].Kind)})."),
            ordered.SelectMany(m => m.Events));
    }

    private static string Normalise(IdentifierKind kind, string value) =>
        kind == IdentifierKind.MacAddress ? string.Concat(Plain(value).Where(c => c is not (':' or '-' or '.' or ' '))) : Plain(value);

    private static string Plain(string value) => value.Trim().ToUpperInvariant();

    private static DetectorRule RuleOf(IdentifierKind kind) => kind switch
    {
        IdentifierKind.DocumentHash => IdenticalDocument,
        IdentifierKind.Agent => SameAgent,
        IdentifierKind.Contact => SameContact,
        IdentifierKind.ProjectManager => SameProjectManager,
        IdentifierKind.DepositAccount => SameDepositAccount,
        _ => SharedFeatureCode,
    };

    private static string Basis(IdentifierKind kind) => kind switch
    {
        IdentifierKind.DocumentHash => "Regulations on the Implementation of the Bidding Law Art. 40 (4), (5)",
        IdentifierKind.Agent => "Regulations on the Implementation of the Bidding Law Art. 40 (2)",
        IdentifierKind.Contact => "财政部令第87号 Art. 37",
        IdentifierKind.ProjectManager => "Regulations on the Implementation of the Bidding Law Art. 40 (3)",
        IdentifierKind.DepositAccount => "Regulations on the Implementation of the Bidding Law Art. 40 (6)",
        _ => "Regulations on the Implementation of the Bidding Law Art. 40 (1)",
    };

    private static string Describe(IdentifierKind kind, string value) => kind switch
    {
        IdentifierKind.MacAddress => $"MAC address {value}",
        IdentifierKind.CpuId => $"CPU id {value}",
        IdentifierKind.DiskSerial => $"disk serial {value}",
        IdentifierKind.DongleSerial => $"cost-software dongle {value}",
        IdentifierKind.IpAddress => $"IP address {value}",
        IdentifierKind.DocumentHash => $"bid document hash {value}",
        IdentifierKind.Agent => "the same agent",
        IdentifierKind.Contact => "the same contact person",
        IdentifierKind.ProjectManager => "the same project manager",
        _ => "the account their deposits were paid from",
    };

    /// <summary>The ignored values normalised, once per weights: a tender's detection runs after each of its bids and deposits.</summary>
    private static readonly ConditionalWeakTable<IdentifierWeights, IgnoredValues> Ignored = [];

    private sealed record Match(IdentifierKind Kind, string Value, Guid[] Events);

    /// <summary><see cref="IdentifierWeights.IgnoredValues"/> normalised as MAC addresses and as every other kind.</summary>
    private sealed class IgnoredValues(HashSet<string> mac, HashSet<string> other)
    {
        public static IgnoredValues Of(IdentifierWeights weights) => new(
            weights.IgnoredValues.Select(v => Normalise(IdentifierKind.MacAddress, v)).ToHashSet(StringComparer.Ordinal),
            weights.IgnoredValues.Select(Plain).ToHashSet(StringComparer.Ordinal));

        public bool Contains(IdentifierKind kind, string key) => (kind == IdentifierKind.MacAddress ? mac : other).Contains(key);
    }
}
