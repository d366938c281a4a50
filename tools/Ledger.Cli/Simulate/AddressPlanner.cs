using Ledger.Actions;
using Ledger.Addresses.Events;
using Ledger.Projections.Detectors.Addresses;

namespace Ledger.Cli.Simulate;

/// <summary>
/// The business addresses of the market. An honest property hosts up to five companies; some owners withdraw a
/// confirmation nobody registered on, and some properties are negatively listed before anyone registers. Planted, each
/// on its own properties (rate/3 of them per kind): 25 − 15·s companies at one address (the detector's default is 10),
/// registrations let through the negative list by an override, and a confirmation withdrawn while its companies remain.
/// </summary>
internal static class AddressPlanner
{
    private static readonly string[] Roads = ["东岗西路", "庆阳路", "张掖路", "七里河北街", "西津东路", "安宁东路", "北滨河中路", "甘南路", "纬一路", "经二路"];

    private static readonly string[] Buildings = ["国际商务中心", "科技创业大厦", "金融大厦", "产业孵化园", "商贸城", "创意产业园", "现代物流园"];

    private static readonly string[] Owners = ["置业", "产业园运营管理", "物业管理", "商业管理"];

    private static readonly string[] Trades = ["科技", "商贸", "文化传媒", "餐饮管理", "信息技术", "咨询服务", "电子商务", "建材销售"];

    public static (List<PropertyPlan> Properties, List<PlannedCase> Cases) Plan(Market market)
    {
        var p = market.Parameters;
        var dice = Dice.For(p.Seed, "addresses");
        var each = p.Rate > 0 ? Math.Min(p.Properties / 3, Math.Max(1, (int)Math.Round(p.Rate * p.Properties / 3))) : 0;
        var order = dice.Shuffle(Enumerable.Range(0, p.Properties));
        var properties = new List<PropertyPlan>();
        var cases = new List<PlannedCase>();
        var registrations = 0;
        for (var i = 0; i < p.Properties; i++)
        {
            var rank = order.IndexOf(i);
            var kind = rank < 0 || rank >= 3 * each ? null : new[] { AddressDetector.Crowded.Id, AddressDetector.NegativeListHit.Id, AddressDetector.WithdrawnCertificate.Id }[rank / each];
            var plan = Property(market, i, Dice.For(p.Seed, $"property/{i}"));
            var pd = Dice.For(p.Seed, $"property-life/{i}");
            var count = kind == AddressDetector.Crowded.Id ? (int)Math.Round(25 - (15 * p.Subtlety))
                : kind is not null ? pd.Between(1, 3)
                : pd.Weighted(new[] { 0, 1, 2, 3, 4, 5 }, n => n == 0 ? 0.15 : 0.17);
            var from = plan.ConfirmedAt.AddDays(1);
            if (kind == AddressDetector.NegativeListHit.Id)
            {
                plan.Listing = ($"{plan.PropertyId}-FM1", "该地址登记企业多次无法联系，列入风险地址 (companies at this address repeatedly unreachable)", Calendar.Between(pd, from, from.AddDays(10)));
                from = plan.Listing.Value.At.AddDays(1);
            }
            for (var r = 0; r < count; r++)
            {
                plan.Registrations.Add(Registration(market, plan, ++registrations, from, kind == AddressDetector.NegativeListHit.Id, pd));
            }
            plan.Registrations.Sort((a, b) => a.AppliedAt.CompareTo(b.AppliedAt));
            if (kind == AddressDetector.WithdrawnCertificate.Id)
            {
                var last = plan.Registrations.Max(x => x.NotifiedAt);
                plan.Withdrawal = ("租赁合同到期，产权人撤回住所使用确认 (lease ended)", Calendar.Between(pd, last.AddDays(5), last.AddDays(40)));
            }
            else if (count == 0 && pd.Chance(0.3))
            {
                plan.Withdrawal = ("房屋另作他用 (the property is put to another use)", Calendar.Between(pd, plan.ConfirmedAt.AddDays(30), plan.ConfirmedAt.AddDays(120)));
            }
            else if (count == 0 && pd.Chance(0.15))
            {
                plan.Listing = ($"{plan.PropertyId}-FM1", "虚假地址线索核查中 (a false-address report under inspection)", Calendar.Between(pd, plan.ConfirmedAt.AddDays(10), plan.ConfirmedAt.AddDays(60)));
            }
            if (kind is not null)
            {
                cases.AddRange(Cases(plan, kind, p.Subtlety));
            }
            properties.Add(plan);
        }
        return (properties, cases);
    }

    private static PropertyPlan Property(Market market, int i, Dice dice)
    {
        var region = dice.Weighted(Regions.City, r => r.Weight);
        var id = $"{market.Prefix}-P{i + 1:D4}";
        var person = dice.Chance(0.25);
        var ownerId = person ? $"p-{dice.Hex(4)}" : CreditCode.Make("91", region.Code, $"{market.Prefix}/owner/{i}");
        var owner = person
            ? new Owner(OwnerKind.NaturalPerson, ownerId, null, Names.Person(dice), Names.IdNumber(region.Code, dice))
            : new Owner(OwnerKind.Organisation, ownerId, Names.Company(region, dice.Pick(Owners), dice), null, null);
        var (road, number, building, floor, room) = (dice.Pick(Roads), dice.Between(1, 400), dice.Pick(Buildings), dice.Between(1, 28), dice.Between(1, 30));
        var listed = Calendar.At(market.Parameters.Start.AddDays(dice.Between(0, 150)), dice.Between(9, 16), dice.Between(0, 59));
        var matched = Calendar.Between(dice, listed.AddDays(1), listed.AddDays(3));
        var assigned = Calendar.Between(dice, matched.AddHours(4), matched.AddDays(2));
        return new PropertyPlan
        {
            PropertyId = id,
            Region = region,
            StandardAddressId = $"{market.Prefix}-A{i + 1:D4}",
            DeclaredAddress = $"{region.Name}{road}{number}号{building}{floor}楼{room}",
            AddressText = $"甘肃省兰州市{region.Name}{road}{number}号{building}{floor}层{floor * 100 + room}室",
            RegistryRecord = $"甘(2024){region.Name}不动产权第{dice.Digits(7)}号",
            Certificate = $"{id}-CZ1",
            Owner = owner,
            OwnerActor = new Actor(person ? ownerId : $"p-{dice.Hex(4)}", null, person ? "individual" : ownerId, Role.PropertyOwner),
            ListedAt = listed,
            MatchedAt = matched,
            AssignedAt = assigned,
            ConfirmedAt = Calendar.Between(dice, assigned.AddHours(4), assigned.AddDays(3)),
        };
    }

    private static PlannedRegistration Registration(Market market, PropertyPlan property, int n, DateTimeOffset from, bool overridden, Dice dice)
    {
        var region = property.Region;
        var moving = dice.Chance(0.2);
        var existing = moving ? CreditCode.Make("91", region.Code, $"{market.Prefix}/company/{n}/before") : null;
        var applied = Calendar.Between(dice, from, from.AddDays(150));
        var passOverride = overridden ? Calendar.Between(dice, applied.AddHours(1), applied.AddDays(2)) : (DateTimeOffset?)null;
        var checkedAt = Calendar.Between(dice, (passOverride ?? applied).AddHours(2), (passOverride ?? applied).AddDays(3));
        var completed = Calendar.Between(dice, checkedAt.AddHours(1), checkedAt.AddDays(1));
        return new PlannedRegistration(
            $"{market.Prefix}-R{n:D5}", Names.Company(region, dice.Pick(Trades), dice), existing, CreditCode.Make("91", region.Code, $"{market.Prefix}/company/{n}"),
            Names.Person(dice), Names.IdNumber(region.Code, dice), new Actor($"p-{dice.Hex(4)}", null, existing ?? "individual", Role.Applicant),
            applied, passOverride, checkedAt, completed, Calendar.Between(dice, completed.AddHours(1), completed.AddDays(1)));
    }

    private static IEnumerable<PlannedCase> Cases(PropertyPlan plan, string kind, double s)
    {
        var address = plan.StandardAddressId;
        var codes = plan.Registrations.Select(r => r.Code).ToList();
        if (kind == AddressDetector.Crowded.Id)
        {
            yield return new PlannedCase(kind, [kind], address, [], codes, $"{codes.Count} companies registered at one address {address} (planted at subtlety {s:0.##}).",
                [.. plan.Registrations.SelectMany(r => new[] { EventRef.Registration(r.ApplicationId, nameof(RegistrationApplied)), EventRef.Registration(r.ApplicationId, nameof(RegistrationCompleted)) })]);
        }
        else if (kind == AddressDetector.NegativeListHit.Id)
        {
            foreach (var r in plan.Registrations)
            {
                yield return new PlannedCase(kind, [kind], $"{address}:{r.Code}", [], [r.Code],
                    $"{r.CompanyName} registered at {address} while its negative-list entry {plan.Listing!.Value.EntryId} was in force, let through by an override.",
                    [EventRef.Property(plan.PropertyId, nameof(NegativeListEntryAdded)), EventRef.Registration(r.ApplicationId, nameof(RegistrationApplied)),
                     EventRef.Registration(r.ApplicationId, nameof(NegativeListOverrideGranted)), EventRef.Registration(r.ApplicationId, nameof(RegistrationCompleted))]);
            }
        }
        else
        {
            yield return new PlannedCase(kind, [kind], $"{address}:{plan.Certificate}", [], codes,
                $"The owner withdrew confirmation {plan.Certificate} of {address} while {codes.Count} companies registered on it remain.",
                [EventRef.Property(plan.PropertyId, nameof(OwnerConfirmationGiven)), EventRef.Property(plan.PropertyId, nameof(OwnerConfirmationWithdrawn)),
                 .. plan.Registrations.Select(r => EventRef.Registration(r.ApplicationId, nameof(RegistrationCompleted)))]);
        }
    }
}
