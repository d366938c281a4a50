using Ledger.Cli;
using Ledger.Cli.Import;
using Ledger.Markets.Events;

namespace Ledger.Tests.Markets;

public sealed class columns_are_found_by_name_alias_or_map
{
    [Fact]
    public void the_default_names_are_read_and_recorded_with_the_import()
    {
        var import = Csv.Read(Csv.File("T-1,2024-03-05,A,100,1,120,620100,1", "T-1,2024-03-05,B,110,0,120,620100,0"));

        Assert.Equal(
            ["tender_id=tender_id", "date=date", "bidder_id=bidder_id", "amount=amount", "winner=winner", "ceiling=ceiling", "region=region", "label=label"],
            import.History.Columns.Select(c => $"{c.Field}={c.Column}"));
    }

    [Fact]
    public void common_aliases_in_chinese_and_english_are_found_whatever_their_case_and_spacing()
    {
        var import = Csv.Read("""
            标段编号,开标日期,投标人,投标报价,是否中标,最高投标限价,地区,串标
            T-1,2024-03-05,A,100,是,120,兰州新区,否
            T-1,2024-03-05,B,110,否,120,兰州新区,否
            """);
        var english = Csv.Read("""
            Tender No,Opening Date,Firm,Bid Price,Awarded,Reserve Price,Area,Collusive
            T-1,2024-03-05,A,100,Y,120,620100,N
            """);

        var tender = import.Tenders[0].Result;
        Assert.Equal(new TenderResultImported("m", "T-1", new DateOnly(2024, 3, 5), null, "兰州新区", 120m, tender.Bids, false), tender);
        Assert.Equal([new ImportedBid("A", 100m, true, false), new ImportedBid("B", 110m, false, false)], tender.Bids);
        Assert.Equal("Tender No", english.History.Columns[0].Column);
        Assert.Equal(8, english.History.Columns.Count);
    }

    [Fact]
    public void map_names_a_column_exactly_or_without_case_and_wins_over_the_aliases()
    {
        var import = Csv.Read("""
            Lot,When,Who,Offer,Won,amount,Where
            T-1,2024-03-05,A,100,1,999,620100
            """, map: "tender_id=Lot, date=when,bidder_id=Who,amount=Offer,winner=Won,region=WHERE");

        var bid = import.Tenders[0].Result.Bids[0];
        Assert.Equal(100m, bid.Amount);
        Assert.Equal("620100", import.Tenders[0].Result.Region);
        Assert.Equal(["tender_id=Lot", "date=When", "bidder_id=Who", "amount=Offer", "winner=Won", "region=Where"], import.History.Columns.Select(c => $"{c.Field}={c.Column}"));
    }

    [Fact]
    public void ceiling_and_label_may_be_absent()
    {
        var tender = Csv.Read("tender_id,date,bidder_id,amount,winner,region\nT-1,2024-03-05,A,100,1,620100\n").Tenders[0].Result;

        Assert.Null(tender.Ceiling);
        Assert.Null(tender.Collusive);
        Assert.Null(tender.Bids[0].Collusive);
    }

    [Theory]
    [InlineData("tender_id,date,bidder_id,winner,region\nT,2024-03-05,A,1,r\n", null,
        "line 1: no column for amount: the header has none of amount, bid, bid_amount, price, bid_price, 投标报价, 报价, 投标金额; name it with --map amount=<column>")]
    [InlineData("tender_id,date,bidder_id,amount,winner,region\nT,2024-03-05,A,1,1,r\n", "ceiling=Max",
        "line 1: --map ceiling=Max: the header has no column 'Max' (it has 'tender_id', 'date', 'bidder_id', 'amount', 'winner', 'region')")]
    [InlineData("tender_id,date,bidder_id,amount,winner,region\nT,2024-03-05,A,1,1,r\n", "ceiling=amount",
        "line 1: column 'amount' would be read as both amount and ceiling: map one of them with --map")]
    [InlineData("tender_id,date,bidder_id,amount,winner,region,Amount\nT,2024-03-05,A,1,1,r,2\n", null,
        "line 1: columns 4 and 7 are both headed 'amount': rename one")]
    public void a_header_that_does_not_give_every_field_one_column_is_refused(string text, string? map, string reason)
    {
        Assert.Equal(reason, Csv.Refusal(text, map));
    }

    [Theory]
    [InlineData("price=Amount", "--map 'price=Amount': unknown field 'price'; the fields are tender_id, date, bidder_id, amount, winner, ceiling, region, label")]
    [InlineData("amount", "--map 'amount': give the column as amount=<column header>")]
    [InlineData("amount=", "--map 'amount=': give the column as amount=<column header>")]
    [InlineData("amount=A,amount=B", "--map maps amount twice")]
    public void a_malformed_map_is_a_usage_error(string map, string reason)
    {
        Assert.Equal(reason, Assert.Throws<UsageException>(() => ColumnMap.ParseOption(map)).Message);
    }
}
