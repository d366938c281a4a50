using Ledger.Projections.Detectors.Addresses;
using static Ledger.Tests.Projections.Detectors.DetectorData;

namespace Ledger.Tests.Projections.Detectors;

public sealed class address_risks_are_flagged_with_their_events
{
    private static readonly AddressThresholds Defaults = new();
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly OwnerConfirmation Confirmed = new(Id(1), "CERT-1", Start, null, null);

    private static CompanyAtAddress Company(int id, int day, string certificate = "CERT-1", int? leftDay = null, Guid? overrideId = null) =>
        new(Id(id), $"C-{id}", certificate, Start.AddDays(day), leftDay is { } l ? Start.AddDays(l) : null, overrideId);

    [Fact]
    public void a_confirmed_address_with_a_few_companies_raises_nothing()
    {
        var address = new AddressHistory("ADDR-1", [Confirmed], [], [Company(10, 3), Company(11, 4)]);

        Assert.Empty(AddressDetector.Detect(address, Start.AddDays(100), Defaults));
    }

    [Fact]
    public void a_registration_during_a_listing_is_a_hit_and_an_override_lowers_it()
    {
        var listing = new NegativeListing(Id(2), "NL-9", Start.AddDays(2), Start.AddDays(20));
        var address = new AddressHistory("ADDR-1", [Confirmed], [listing], [Company(10, 5), Company(11, 6, overrideId: Id(3)), Company(12, 25)]);

        var hits = AddressDetector.Detect(address, Start.AddDays(30), Defaults).Where(w => w.Rule == "address.negative-list-hit").ToArray();

        Assert.Equal([("ADDR-1:C-10", 1.0), ("ADDR-1:C-11", Defaults.OverriddenHitScore)], hits.Select(w => (w.Subject, w.Score)));
        Assert.Equal([Id(2), Id(10)], hits[0].Events);
        Assert.Equal([Id(2), Id(3), Id(11)], hits[1].Events);
    }

    [Fact]
    public void a_company_that_stays_after_a_later_listing_is_flagged_lower()
    {
        var listing = new NegativeListing(Id(2), "NL-9", Start.AddDays(10), null);
        var address = new AddressHistory("ADDR-1", [Confirmed], [listing], [Company(10, 5), Company(11, 6, leftDay: 8)]);

        var hit = Assert.Single(AddressDetector.Detect(address, Start.AddDays(30), Defaults));

        Assert.Equal(("ADDR-1:C-10", Defaults.ListedAfterRegistrationScore), (hit.Subject, hit.Score));
    }

    [Fact]
    public void ten_companies_at_one_address_are_crowded_and_nine_are_not()
    {
        var ten = new AddressHistory("ADDR-1", [Confirmed], [], [.. Enumerable.Range(10, 10).Select(i => Company(i, i))]);
        var nine = ten with { Companies = [.. ten.Companies.Take(9)] };

        var crowded = Assert.Single(AddressDetector.Detect(ten, Start.AddDays(100), Defaults));
        Assert.Equal("address.crowded", crowded.Rule);
        Assert.Equal(0.5, crowded.Score, 12);
        Assert.Equal(10, crowded.Events.Count);
        Assert.Empty(AddressDetector.Detect(nine, Start.AddDays(100), Defaults));
    }

    [Fact]
    public void a_registration_before_the_confirmation_or_on_another_certificate_is_unconfirmed()
    {
        var late = Confirmed with { GivenAt = Start.AddDays(10) };
        var address = new AddressHistory("ADDR-1", [late], [], [Company(10, 5), Company(11, 12), Company(12, 12, certificate: "CERT-2")]);

        var warnings = AddressDetector.Detect(address, Start.AddDays(30), Defaults);

        Assert.Equal(["ADDR-1:C-10", "ADDR-1:C-12"], warnings.Where(w => w.Rule == "address.unconfirmed-registration").Select(w => w.Subject));
    }

    [Fact]
    public void companies_left_on_a_withdrawn_certificate_are_flagged_after_the_grace_period()
    {
        var withdrawn = Confirmed with { WithdrawnEventId = Id(4), WithdrawnAt = Start.AddDays(40) };
        var address = new AddressHistory("ADDR-1", [withdrawn], [], [Company(10, 5), Company(11, 6, leftDay: 50)]);

        Assert.Empty(AddressDetector.Detect(address, Start.AddDays(69), Defaults));
        var warning = Assert.Single(AddressDetector.Detect(address, Start.AddDays(100), Defaults));

        // 60 days since the withdrawal against a 30-day grace: 60/(60 + 30).
        Assert.Equal("address.withdrawn-certificate", warning.Rule);
        Assert.Equal(60.0 / 90, warning.Score, 12);
        Assert.Equal([Id(1), Id(4), Id(10)], warning.Events);
    }
}
