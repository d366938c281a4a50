using Ledger.Actions;
using Ledger.Bidding.Events;

namespace Ledger.Bidding.Commands;

/// <summary>专家抽取 or a supplementary draw (补抽); the fields mean what they mean in <see cref="ExpertPanelDrawn"/>.</summary>
public sealed record DrawExpertPanel(string TenderId, IReadOnlyList<string> Experts, IReadOnlyList<ExpertAvoidance> Avoidances);

public static partial class BiddingRules
{
    /// <summary>
    /// Allowed from the notice until the evaluation report: centres draw shortly before opening, and again to
    /// replace an expert who must recuse during evaluation (Regulations Art. 48).
    /// </summary>
    public static Decision Decide(Tender tender, DrawExpertPanel command, Actor actor, DateTimeOffset now)
    {
        Check.Stream(tender, command.TenderId);
        var id = command.TenderId;
        var recused = command.Avoidances.Select(a => a.ExpertId).ToList();
        var all = command.Experts.Concat(recused).ToList();
        return Check.Entered(tender, id)
            ?? Check.TenderSide(tender, actor, $"draw the expert panel of tender {id}")
            ?? Check.NoticePublished(tender, id, "expert panel")
            ?? (tender.Phase <= TenderPhase.Opened ? null : Decision.Refuse($"the evaluation report of tender {id} is in: no more experts are drawn"))
            ?? (all.Count > 0 ? null : Decision.Refuse($"the draw for tender {id} names no expert"))
            ?? all.Select(e => Check.Id(e, "expert id")).FirstOrDefault(r => r is not null)
            ?? command.Avoidances.Select(a => Check.Text(a.Reason, $"reason for recusing {a.ExpertId}")).FirstOrDefault(r => r is not null)
            ?? (all.GroupBy(e => e).FirstOrDefault(g => g.Count() > 1) is { } twice
                ? Decision.Refuse($"expert {twice.Key} is named {twice.Count()} times in the draw for tender {id}")
                : null)
            ?? (command.Experts.FirstOrDefault(tender.Panel.Contains) is { } seated
                ? Decision.Refuse($"expert {seated} already sits on the panel of tender {id}")
                : null)
            ?? (command.Experts.FirstOrDefault(tender.Avoidances.ContainsKey) is { } excluded
                ? Decision.Refuse($"expert {excluded} was recused from tender {id} ({tender.Avoidances[excluded]}) and cannot sit on its panel")
                : null)
            ?? Decision.Accept(new ExpertPanelDrawn(id, command.Experts, command.Avoidances));
    }
}
