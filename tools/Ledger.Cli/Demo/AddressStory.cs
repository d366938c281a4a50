using Ledger.Actions;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;

namespace Ledger.Cli.Demo;

/// <summary>
/// 住所登记: a unit in an industrial park becomes a company's registered address without paper proof: listed by its
/// owner, matched to the real-estate registry, given a standardised address and confirmed online by the owner; a new
/// company applies citing that confirmation, is checked against the address as it stands, registered, and the
/// owner and the regulator are told (双告知).
/// </summary>
internal static class AddressStory
{
    private static readonly Owner Park = new(OwnerKind.Organisation, "91620100DEMO00031P", "兰州新区示例产业园运营有限公司", null, null);
    private static readonly Actor Owner = new("p-cy-102", null, Park.Id, Role.PropertyOwner);
    private static readonly Actor Registrar = new("p-scjg-046", null, "11620100DEMO00032Q", Role.Official);
    private static readonly Actor Founder = new("p-fr-5d21", null, "individual", Role.Applicant);

    public static async Task RunAsync(DemoApi api, string run)
    {
        var property = $"LZXQ-P-{run}";
        var application = $"LZXQ-RA-{run}";
        var address = $"620171-{run}-0801";
        var certificate = $"CZ-{run}-0001";
        api.Say($"住所登记 · business address {property} and registration {application}");
        await api.AcceptedAsync(Owner, "addresses/list-property", new ListProperty(property, Park, "兰州新区纬一路示例产业孵化大厦8层801室"),
            $"房源登记 unit 801 listed as a business address by its owner {Park.OrganisationName}");
        await api.AcceptedAsync(Registrar, "addresses/match-property-to-registry",
            new MatchPropertyToRegistry(property, $"甘(2025)兰州新区不动产权第{run}号", [RegistryField.Owner, RegistryField.Location, RegistryField.Use, RegistryField.Area]),
            "不动产登记比对 matched to the real-estate registry: owner, location, use and area agree");
        await api.AcceptedAsync(Registrar, "addresses/assign-standard-address", new AssignStandardAddress(property, address, "甘肃省兰州市兰州新区纬一路188号示例产业孵化大厦8层801室"),
            $"标准化地址 standardised address {address} assigned");
        await api.AcceptedAsync(Owner, "addresses/give-owner-confirmation", new GiveOwnerConfirmation(property, address, certificate),
            $"产权人在线确认 the owner confirms online that a company may register there (certificate {certificate})");
        // The representative's name and ID number are personal: the ledger hashes only their commitments.
        await api.AcceptedAsync(Founder, "addresses/apply-for-registration",
            new ApplyForRegistration(application, "兰州新区示例新材料科技有限公司", null, "示例法人", "DEMO-620102-0001", property, address, certificate),
            "设立登记申请 a new company, 兰州新区示例新材料科技有限公司, applies to register there, citing the owner's certificate");
        await api.AcceptedAsync(Registrar, "addresses/check-registration", new CheckRegistration(application, []),
            "登记审查 checked against the address as it stands: confirmation in force, not on the negative list; passed");
        await api.AcceptedAsync(Registrar, "addresses/complete-registration", new CompleteRegistration(application, $"91620100DEMO{run[..5].ToUpperInvariant()}X"),
            "核准登记 registration completed and a unified social credit code assigned");
        await api.AcceptedAsync(Registrar, "addresses/notify-owner-and-regulator", new NotifyOwnerAndRegulator(application, "兰州新区经济发展局"),
            "双告知 the owner and the regulator 兰州新区经济发展局 notified");
    }
}
