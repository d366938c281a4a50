using System.Reflection;
using Ledger.Actions;
using Ledger.Addresses;
using Ledger.Addresses.Commands;
using Ledger.Addresses.Events;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using static Ledger.Tests.Addresses.AddressScenario;

namespace Ledger.Tests.Addresses;

public sealed class address_events_are_folded_and_hashable
{
    private static readonly Type[] EventTypes = typeof(PropertyListed).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(PropertyListed).Namespace && t.GetProperty("By")?.PropertyType == typeof(Actor))
        .Where(t => t != typeof(NegativeListOverride))
        .ToArray();

    [Fact]
    public void every_event_has_an_apply_on_exactly_one_state()
    {
        Assert.Equal(13, EventTypes.Length);
        foreach (var type in EventTypes)
        {
            var states = new[] { typeof(Property), typeof(CompanyRegistration) }
                .Where(s => s.GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [type]) is not null);
            Assert.True(states.Count() == 1, $"{type.Name} is applied by {states.Count()} states");
        }
    }

    [Fact]
    public void every_field_holding_a_persons_name_or_number_is_marked_personal()
    {
        var personal = new[] { "Name", "IdNumber", "Phone" };
        var types = EventTypes.Append(typeof(Owner)).Append(typeof(NegativeListOverride));
        var unmarked = types
            .SelectMany(t => t.GetConstructors().Single().GetParameters().Select(p => (Type: t, Parameter: p)))
            .Where(x => x.Parameter.ParameterType == typeof(string) && personal.Any(x.Parameter.Name!.EndsWith))
            .Where(x => !x.Parameter.Name!.Contains("Company") && !x.Parameter.Name.Contains("Organisation"))
            .Where(x => x.Type.GetProperty(x.Parameter.Name!)!.GetCustomAttribute<PersonalAttribute>() is null)
            .Select(x => $"{x.Type.Name}.{x.Parameter.Name}");
        Assert.Empty(unmarked);
    }

    [Fact]
    public void a_stream_refuses_events_of_another()
    {
        var s = Applied();

        Assert.Throws<ArgumentException>(() => Property.Replay(s.RegistrationEvents));
        Assert.Throws<ArgumentException>(() => CompanyRegistration.Replay(s.PropertyEvents));
    }

    [Fact]
    public void a_state_of_another_stream_is_a_callers_bug()
    {
        var s = Confirmed();

        var e = Assert.Throws<ArgumentException>(() => AddressRules.Decide(s.Property, new AddNegativeListEntry("P-2", "N-1", "r", "a"), Official, s.Now));
        Assert.Contains("the state is of property P-1, the command of property P-2", e.Message);
    }

    [Fact]
    public void stream_ids_are_the_documented_keys_and_refuse_a_slash()
    {
        Assert.Equal("property/P-1", AddressStreams.PropertyStream("P-1"));
        Assert.Equal("company-registration/R-1", AddressStreams.RegistrationStream("R-1"));
        Assert.Throws<ArgumentException>(() => AddressStreams.PropertyStream("P/1"));
        Assert.Throws<ArgumentException>(() => AddressStreams.RegistrationStream(""));
    }

    [Fact]
    public void any_server_clock_gives_an_event_time_that_can_be_hashed()
    {
        var s = new AddressScenario { Now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567) };

        var listed = (PropertyListed)Accepted(s.Run(new ListProperty(PropertyId, OrganisationOwner, "x"), Operator));

        Assert.Equal(TimeSpan.Zero, listed.At.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 1, 0, TimeSpan.Zero).AddTicks(1234560), listed.At);
        CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope("PropertyListed", "property/P-1", 1, listed.At, null), listed);
    }
}
