using System.Reflection;
using Ledger.Evidence.Canonical;
using Ledger.Privacy;

namespace Ledger.Tests.Privacy;

/// <summary>
/// An erasure order finds a subject's values by the party id in the same object (<see cref="SubjectFields"/>): a personal
/// field declared where no party id sits could never be erased by any order.
/// </summary>
public sealed class every_personal_field_sits_beside_a_party_id
{
    [Fact]
    public void each_type_with_a_personal_property_has_one_of_the_party_keys()
    {
        var holders = typeof(PersonalDataErased).Assembly.GetTypes()
            .Where(t => t.GetProperties().Any(p => p.IsDefined(typeof(PersonalAttribute), inherit: true)))
            .Except(SubjectFields.ActorCompanions)
            .ToList();

        Assert.True(holders.Count >= 5, $"found only {holders.Count} types with personal fields");
        Assert.All(holders, t => Assert.True(
            t.GetProperties().Any(p => SubjectFields.PartyKeys.Contains(JsonNamingPolicyName(p))),
            $"{t.Name} holds personal fields but none of {string.Join(", ", SubjectFields.PartyKeys)}"));
    }

    private static string JsonNamingPolicyName(PropertyInfo property) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
}
