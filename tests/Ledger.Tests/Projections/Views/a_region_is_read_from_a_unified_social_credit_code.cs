using Ledger.Projections.Views.Markets;

namespace Ledger.Tests.Projections.Views;

public sealed class a_region_is_read_from_a_unified_social_credit_code
{
    [Fact]
    public void whose_check_character_holds()
    {
        Assert.Equal("620102", DivisionCode.FromCreditCode("91620102MA72TEND0J"));
        Assert.Equal("610100", DivisionCode.FromCreditCode("91610100MA6XBLD06A"));
        Assert.Null(DivisionCode.FromCreditCode("91620102MA72TEND0K"));
        Assert.Null(DivisionCode.FromCreditCode("91620102MA72TEND0"));
        Assert.Null(DivisionCode.FromCreditCode("91620102ma72tend0j"));
        Assert.Null(DivisionCode.FromCreditCode("bidder-1"));
    }

    [Fact]
    public void at_the_county_city_or_province_level()
    {
        Assert.Equal(
            ["620171", "620100", "620000"],
            new[] { RegionLevel.County, RegionLevel.City, RegionLevel.Province }.Select(l => DivisionCode.At("620171", l)));
    }
}
