using Ledger.Projections.Detectors;

namespace Ledger.Projections.Warnings;

/// <summary>
/// A detector's warning as a document: what <see cref="Warning"/> says, where it belongs and when it was raised, in
/// ledger time. Its id is stable per rule and subject, so recomputing a tender's warnings updates its records in place.
/// A warning that stops holding is marked cleared, not deleted: that an expert's deviating score was flagged and then
/// replaced is itself worth a supervisor's look, and the record names the event that cleared it.
/// </summary>
public sealed class WarningRecord
{
    /// <summary><c>{rule}:{subject}</c>, e.g. <c>collusion.shared-feature-code:T-1:B-1+B-2</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The rule's stable id, such as <c>bid.cv-low</c>.</summary>
    public string Rule { get; set; } = "";

    /// <summary>The rule's Chinese title.</summary>
    public string Title { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>Strength in [0, 1], comparable between warnings of one rule.</summary>
    public double Score { get; set; }

    public string Explanation { get; set; } = "";

    /// <summary>The ledger events behind the warning, in ascending order: each is a receipt reference.</summary>
    public List<Guid> Events { get; set; } = [];

    /// <summary><see cref="WarningFamily"/>: bidding, address or approval.</summary>
    public string Family { get; set; } = "";

    /// <summary>The tender of a bidding warning; null for address, approval and cross-tender network warnings.</summary>
    public string? TenderId { get; set; }

    /// <summary>The property of an address warning.</summary>
    public string? PropertyId { get; set; }

    /// <summary>The approval case of an approval warning.</summary>
    public string? CaseId { get; set; }

    /// <summary>Ledger time of the event after which the warning first held (since it was last cleared).</summary>
    public DateTimeOffset FirstRaisedAt { get; set; }

    /// <summary>Ledger time of the event after which its score, explanation or events last changed.</summary>
    public DateTimeOffset LastUpdatedAt { get; set; }

    /// <summary>Ledger time of the event after which it no longer held; null while it holds.</summary>
    public DateTimeOffset? ClearedAt { get; set; }

    /// <summary>The event after which it no longer held; null while it holds.</summary>
    public Guid? ClearedBy { get; set; }

    public bool IsActive => ClearedAt is null;

    /// <summary>The document id of a warning of <paramref name="rule"/> about <paramref name="subject"/>.</summary>
    public static string IdOf(string rule, string subject) => $"{rule}:{subject}";

    internal bool SaysTheSameAs(Warning warning) =>
        Score.Equals(warning.Score) && Explanation == warning.Explanation && Events.SequenceEqual(warning.Events);

    internal void Take(Warning warning)
    {
        Rule = warning.Rule;
        Title = warning.Title;
        Subject = warning.Subject;
        Score = warning.Score;
        Explanation = warning.Explanation;
        Events = [.. warning.Events];
    }
}
