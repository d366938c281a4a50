using Ledger.Actions;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using Ledger.Projections.Detectors.Collusion;

namespace Ledger.Cli.Simulate;

/// <summary>
/// Deemed collusion that bids carry (Regulations Art. 40 (1) to (3), (5), (6); 财政部令第87号 Art. 37): two bidders, three
/// when s &lt; 0.3, whose bids come from one machine, are one file, are submitted by one person, name one project manager
/// or one contact, or whose deposits come from one account. One case per pair, as the detector warns per pair. A shared
/// machine shows five feature codes at s = 0 and only the weakest, the IP address, at s = 1, from the weakest up: IP, CPU,
/// MAC, disk, dongle. From s = 0.5 on, the bids spell a shared number each their own way, as the detector must see through.
/// </summary>
internal static class IdentifierPlanting
{
    public static List<PlannedCase> SharedMachine(TenderPlan plan, double s, Dice dice)
    {
        var (source, others) = Colluders(plan, s, dice);
        var kinds = (int)Math.Round(1 + (4 * (1 - s)));
        foreach (var other in others)
        {
            var f = other.Features;
            var m = source.Features;
            f = f with { IpAddress = m.IpAddress, CreatingSoftware = m.CreatingSoftware };
            f = kinds >= 2 ? f with { CpuId = m.CpuId } : f;
            f = kinds >= 3 ? f with { MacAddress = m.MacAddress } : f;
            f = kinds >= 4 ? f with { DiskSerial = m.DiskSerial } : f;
            f = kinds >= 5 && m.DongleSerial is not null ? f with { DongleSerial = m.DongleSerial } : f;
            plan.Replace(other with { Features = f });
        }
        var shared = new[] { "IP address", "CPU id", "MAC address", "disk serial", "dongle serial" }.Take(kinds);
        return Pairs(plan, SharedIdentifierDetector.SharedFeatureCode.Id, [source, .. others], nameof(BidSubmitted),
            $"The bids were made on one machine: they share {string.Join(", ", shared)} and the creating software.");
    }

    public static List<PlannedCase> SameDocument(TenderPlan plan, double s, Dice dice)
    {
        var (source, others) = Colluders(plan, s, dice);
        foreach (var other in others)
        {
            plan.Replace(other with { FileHash = source.FileHash, FileSize = source.FileSize });
        }
        return Pairs(plan, SharedIdentifierDetector.IdenticalDocument.Id, [source, .. others], nameof(BidSubmitted),
            $"The bids are one encrypted file: file hash {source.FileHash}.");
    }

    /// <summary>One firm pays the others' deposits from its basic account; below s = 0.5 a person's account pays them all.</summary>
    public static List<PlannedCase> SameAccount(TenderPlan plan, double s, Dice dice)
    {
        var (source, others) = Colluders(plan, s, dice);
        var personal = s < 0.5;
        var account = personal ? "6228" + dice.Digits(15) : source.Bidder.Account;
        foreach (var bid in others.Prepend(source))
        {
            var own = !personal && bid == source;
            var deposit = bid.Deposit!.Method == DepositMethod.VirtualSubAccount
                ? bid.Deposit
                : bid.Deposit with { Method = DepositMethod.VirtualSubAccount, Reference = $"VSA{dice.Digits(16)}", Institution = dice.Pick(TenderPlanner.Banks) };
            plan.Replace(bid with { Deposit = deposit with { SourceAccount = account, MatchesRegisteredAccount = own } });
        }
        return Pairs(plan, SharedIdentifierDetector.SameDepositAccount.Id, [source, .. others], nameof(DepositPaid),
            personal ? "The deposits were all paid from one natural person's account." : $"{source.BidderId} paid the others' deposits from its own basic account.");
    }

    /// <summary>One person submits the bids of several firms (委托同一人办理投标); the ledger records the person with each bid.</summary>
    public static List<PlannedCase> SameAgent(TenderPlan plan, double s, Dice dice)
    {
        var (source, others) = Colluders(plan, s, dice);
        var agent = $"p-{dice.Hex(4)}";
        foreach (var bid in others.Prepend(source))
        {
            plan.Replace(bid with { Submitter = new Actor(agent, null, bid.BidderId, Role.Bidder) });
        }
        return Pairs(plan, SharedIdentifierDetector.SameAgent.Id, [source, .. others], nameof(BidSubmitted),
            $"Person {agent} submitted the bids of all of them.");
    }

    /// <summary>One firm's registered constructor is named as project manager in the others' bids too.</summary>
    public static List<PlannedCase> SameManager(TenderPlan plan, double s, Dice dice)
    {
        var (source, others) = Colluders(plan, s, dice);
        foreach (var other in others)
        {
            var number = s >= 0.5 && source.Manager.Credential == ManagerCredential.ConstructorCertificate
                ? $"{source.Manager.Number[..3]} {source.Manager.Number[3..]}"
                : source.Manager.Number;
            plan.Replace(other with { Manager = source.Manager with { Number = number } });
        }
        return Pairs(plan, SharedIdentifierDetector.SameProjectManager.Id, [source, .. others], nameof(BidSubmitted),
            $"The bids all name {source.BidderId}'s project manager.");
    }

    /// <summary>The bids name one contact: one of the firms' own, or below s = 0.5 an outsider who arranges them all.</summary>
    public static List<PlannedCase> SameContact(TenderPlan plan, double s, Dice dice)
    {
        var (source, others) = Colluders(plan, s, dice);
        var outsider = s < 0.5;
        var contact = outsider ? new People(dice).Contact() : source.Contact;
        var phone = contact.Phone;
        foreach (var bid in outsider ? others.Prepend(source) : others)
        {
            var spelled = !outsider && s >= 0.5 ? $"+86 {phone[..3]}-{phone[3..7]}-{phone[7..]}" : phone;
            plan.Replace(bid with { Contact = contact with { Phone = spelled } });
        }
        return Pairs(plan, SharedIdentifierDetector.SameContact.Id, [source, .. others], nameof(BidSubmitted),
            outsider ? "The bids all name one outside contact." : $"The bids all name {source.BidderId}'s contact.");
    }

    private static (PlannedBid Source, List<PlannedBid> Others) Colluders(TenderPlan plan, double s, Dice dice)
    {
        var bids = dice.Shuffle(plan.Bids).Take(s < 0.3 ? 3 : 2).Select(PricePlanting.Clean).ToList();
        bids.ForEach(plan.Replace);
        return (bids[0], bids[1..]);
    }

    private static List<PlannedCase> Pairs(TenderPlan plan, string kind, List<PlannedBid> bids, string eventType, string detail)
    {
        plan.Kinds.Add(kind);
        var ids = bids.Select(b => b.BidderId).Order(StringComparer.Ordinal).ToList();
        var cases = new List<PlannedCase>();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                cases.Add(new PlannedCase(kind, [kind], $"{plan.TenderId}:{ids[i]}+{ids[j]}", [plan.TenderId], [ids[i], ids[j]], detail,
                    [EventRef.Bid(plan.TenderId, ids[i], eventType), EventRef.Bid(plan.TenderId, ids[j], eventType)]));
            }
        }
        return cases;
    }
}
