namespace Ledger.Cli.Simulate;

/// <summary>Who is in the simulated market: bidders, experts, tenderers, agencies, the centre and the city's departments.</summary>
internal sealed class Market
{
    public required SimulationParameters Parameters { get; init; }

    public required IReadOnlyList<Bidder> Bidders { get; init; }

    public required IReadOnlyList<Expert> Experts { get; init; }

    /// <summary>The public body that tenders each category's works in each district.</summary>
    public required IReadOnlyDictionary<(string Region, string Category), Organisation> Tenderers { get; init; }

    public required IReadOnlyList<Organisation> Agencies { get; init; }

    /// <summary>兰州市公共资源交易中心, acting through an operator.</summary>
    public required Organisation Centre { get; init; }

    /// <summary>The departments that review approval cases (并联审批), each acting through an official.</summary>
    public required IReadOnlyDictionary<string, Organisation> Departments { get; init; }

    /// <summary>The approval bureau that accepts, decides and issues licences.</summary>
    public required Organisation Bureau { get; init; }

    /// <summary>The bodies that oversee tendering (行政监督部门, 纪检监察机关) and read its records.</summary>
    public required IReadOnlyList<Organisation> Supervisors { get; init; }

    /// <summary>The market regulator's registration office: matches properties, keeps the negative list, registers companies.</summary>
    public required Organisation Registrar { get; init; }

    /// <summary>The prefix of every id this market creates, such as <c>sim-default-T0001</c>.</summary>
    public string Prefix => Parameters.Market;
}
