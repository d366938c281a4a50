namespace Ledger.Tests.Markets;

public sealed class bad_rows_are_refused_with_their_line_number
{
    [Theory]
    [InlineData(",2024-03-05,A,100,1,120,620100,", "line 3: tender_id is empty")]
    [InlineData("T-1,,A,100,1,120,620100,", "line 3: date is empty")]
    [InlineData("T-1,2024-02-30,A,100,1,120,620100,", "line 3: date '2024-02-30' is not a day of the calendar")]
    [InlineData("T-1,2024-03-05,,100,1,120,620100,", "line 3: bidder_id is empty")]
    [InlineData("T-1,2024-03-05,A,,1,120,620100,", "line 3: amount is empty")]
    [InlineData("T-1,2024-03-05,A,abc,1,120,620100,", "line 3: amount 'abc' is not a number")]
    [InlineData("T-1,2024-03-05,A,0,1,120,620100,", "line 3: amount must be positive, not 0")]
    [InlineData("T-1,2024-03-05,A,-5,1,120,620100,", "line 3: amount must be positive, not -5")]
    [InlineData("T-1,2024-03-05,A,100,maybe,120,620100,", "line 3: winner 'maybe' is not one of 1/0, true/false, yes/no, y/n, 是/否")]
    [InlineData("T-1,2024-03-05,A,100,1,120,,", "line 3: region is empty")]
    [InlineData("T-1,2024-03-05,A,100,1,120,620100,2", "line 3: label '2' is not one of 1/0, true/false, yes/no, y/n, 是/否")]
    public void a_row_with_a_bad_value_names_the_field_and_the_value(string row, string reason)
    {
        Assert.Equal(reason, Csv.Refusal(Csv.File("T-0,2024-03-01,Z,100,1,120,620100,", row)));
    }

    [Theory]
    [InlineData("T-1,2024-03-06,B,110,0,120,620100,", "line 4: tender T-1 is dated 2024-03-06 here but 2024-03-05 on line 2")]
    [InlineData("T-1,2024-03-05 10:00,B,110,0,120,620100,", "line 4: tender T-1 is dated 2024-03-05 10:00:00 here but 2024-03-05 on line 2")]
    [InlineData("T-1,2024-03-05,B,110,0,130,620100,", "line 4: tender T-1 has ceiling 130 here but ceiling 120 on line 2")]
    [InlineData("T-1,2024-03-05,B,110,0,,620100,", "line 4: tender T-1 has no ceiling here but ceiling 120 on line 2")]
    [InlineData("T-1,2024-03-05,B,110,0,120,620200,", "line 4: tender T-1 is in region 620200 here but 620100 on line 2")]
    [InlineData("T-1,2024-03-05,A,110,0,120,620100,", "line 4: bidder A bids twice in tender T-1 (also on line 2)")]
    [InlineData("T-1,2024-03-05,B,110,1,120,620100,", "line 4: tender T-1 has a second winner B; A won on line 2 (a tender has at most one winner: import each awarded lot as its own tender)")]
    public void a_row_that_contradicts_its_tender_names_the_line_it_contradicts(string row, string reason)
    {
        Assert.Equal(reason, Csv.Refusal(Csv.File("T-1,2024-03-05,A,100,1,120,620100,", "T-2,2024-03-05,A,100,1,120,620100,", row)));
    }

    [Fact]
    public void rows_of_one_tender_may_be_apart_and_labels_make_the_tender_collusive_if_any_bid_is()
    {
        var import = Csv.Read(Csv.File(
            "T-1,2024-03-05,A,100,1,120,620100,1",
            "T-2,2024-03-05,A,100,0,,620100,",
            "T-1,2024-03-05,B,105,0,120,620100,0",
            "T-2,2024-03-05,B,90,,,620100,"));

        Assert.Equal(["T-1", "T-2"], import.Tenders.Select(t => t.Result.TenderId));
        Assert.Equal([2, 3], import.Tenders.Select(t => t.Line));
        Assert.Equal([true, null], import.Tenders.Select(t => t.Result.Collusive));
        Assert.Equal([false, false], import.Tenders[1].Result.Bids.Select(b => b.Won));
        Assert.Equal((4, 2), (import.History.Rows, import.History.Tenders));
        Assert.Equal(3, import.Events.Count);
    }
}
