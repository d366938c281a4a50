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
        var ignored = Enum.GetValues<IdentifierKind>()
            .ToDictionary(k => k, k => weights.IgnoredValues.Select(v => Normalise(k, v)).ToHashSet(StringComparer.Ordinal));
        var matches = new Dictionary<(string A, string B, string Rule), List<Match>>();
        foreach (var shared in identifiers
            .Select(i => (Identifier: i, Key: Normalise(i.Kind, i.Value)))
            .Where(x => !ignored[x.Identifier.Kind].Contains(x.Key))
            .GroupBy(x => (x.Identifier.Kind, x.Key)))
        {
            var bidders = shared.GroupBy(x => x.Identifier.BidderId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Bidder: g.Key, Events: g.Select(x => x.Identifier.EventId).ToArray()))
                .ToArray();
            for (var i = 0; i < bidders.Length; i++)
            {
                for (var j = i + 1; j < bidders.Length; j++)
                {
                    var key = (bidders[i].Bidder, bidders[j].Bidder, RuleOf(shared.Key.Kind).Id);
                    if (!matches.TryGetValue(key, out var list))
                    {
                        matches[key] = list = [];
                    }
                    list.Add(new Match(shared.Key.Kind, shared.Key.Key, [.. bidders[i].Events, .. bidders[j].Events]));
                }
            }
        }
        return WarningOrder.Sort(matches.Select(m => Warn(tenderId, m.Key.A, m.Key.B, m.Value, weights)).Where(w => w.Score >= weights.MinimumScore));
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

    private static string Normalise(IdentifierKind kind, string value)
    {
        var v = value.Trim().ToUpperInvariant();
        return kind == IdentifierKind.MacAddress ? string.Concat(v.Where(c => c is not (':' or '-' or '.' or ' '))) : v;
    }

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

    private sealed record Match(IdentifierKind Kind, string Value, Guid[] Events);
}
