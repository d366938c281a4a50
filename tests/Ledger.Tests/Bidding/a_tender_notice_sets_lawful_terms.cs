using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class a_tender_notice_sets_lawful_terms
{
    private static readonly Ledger.Bidding.Tender Entered = new TenderScenario().Entered().Tender;

    [Fact]
    public void a_notice_with_three_days_of_publicity_is_accepted_and_carries_its_terms()
    {
        var notice = Accepted<TenderNoticePublished>(BiddingRules.Decide(Entered, TenderScenario.Notice(publicityDays: 3), Actors.Tenderer, Clock.Notice));

        Assert.Equal(TenderScenario.Ceiling, notice.CeilingPrice);
        Assert.Equal(Clock.Deadline, notice.BidDeadline);
        Assert.Equal(20_000m, notice.RequiredDeposit);
        Assert.Equal(3, notice.CandidatePublicityDays);
    }

    [Fact]
    public void a_publicity_of_two_days_is_refused()
    {
        var reason = Refused(BiddingRules.Decide(Entered, TenderScenario.Notice(publicityDays: 2), Actors.Tenderer, Clock.Notice));

        Assert.Equal("candidate publicity of 2 days for tender T-1 is shorter than 3 days (Regulations Art. 54)", reason);
    }

    [Fact]
    public void an_opening_time_apart_from_the_deadline_is_refused()
    {
        var notice = TenderScenario.Notice() with { OpeningTime = Clock.Deadline.AddHours(1) };

        var reason = Refused(BiddingRules.Decide(Entered, notice, Actors.Tenderer, Clock.Notice));

        Assert.Contains("is not the bid deadline 2026-12-20T01:30:00.000000Z", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void a_deadline_must_lie_after_the_publication()
    {
        var notice = TenderScenario.Notice();

        Accepted<TenderNoticePublished>(BiddingRules.Decide(Entered, notice, Actors.Tenderer, Clock.Deadline - Clock.Microsecond));
        Refused(BiddingRules.Decide(Entered, notice, Actors.Tenderer, Clock.Deadline));
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("-1", null)]
    [InlineData("1000000", "0")]
    public void a_ceiling_or_deposit_that_is_not_positive_is_refused(string ceiling, string? deposit)
    {
        var notice = TenderScenario.Notice() with { CeilingPrice = decimal.Parse(ceiling), RequiredDeposit = deposit is null ? null : decimal.Parse(deposit) };

        Refused(BiddingRules.Decide(Entered, notice, Actors.Tenderer, Clock.Notice));
    }

    [Fact]
    public void times_must_be_utc_in_whole_microseconds()
    {
        var beijing = Clock.Deadline.ToOffset(TimeSpan.FromHours(8));
        var tick = Clock.Deadline.AddTicks(1);

        Assert.Contains("must be UTC", Refused(BiddingRules.Decide(Entered, TenderScenario.Notice() with { BidDeadline = beijing, OpeningTime = beijing }, Actors.Tenderer, Clock.Notice)), StringComparison.Ordinal);
        Refused(BiddingRules.Decide(Entered, TenderScenario.Notice() with { BidDeadline = tick, OpeningTime = tick }, Actors.Tenderer, Clock.Notice));
    }

    [Fact]
    public void the_documents_hash_must_be_a_lowercase_sha256()
    {
        Refused(BiddingRules.Decide(Entered, TenderScenario.Notice() with { DocumentsHash = TenderScenario.DocumentsHash.ToUpperInvariant() }, Actors.Tenderer, Clock.Notice));
        Refused(BiddingRules.Decide(Entered, TenderScenario.Notice() with { DocumentsHash = TenderScenario.DocumentsHash[..63] }, Actors.Tenderer, Clock.Notice));
    }

    [Fact]
    public void a_notice_needs_an_entered_tender_and_comes_once()
    {
        Assert.Equal("tender T-1 has not entered the centre", Refused(BiddingRules.Decide(new(), TenderScenario.Notice(), Actors.Centre, Clock.Notice)));
        var noticed = new TenderScenario().Entered().Noticed().Tender;
        Assert.Equal("tender T-1 already has a published notice", Refused(BiddingRules.Decide(noticed, TenderScenario.Notice(), Actors.Centre, Clock.Notice)));
    }

    [Fact]
    public void a_tender_enters_once()
    {
        var command = new EnterProject("T-1", "道路工程", Actors.TendererId, null);

        Assert.Equal("tender T-1 has already entered the centre", Refused(BiddingRules.Decide(Entered, command, Actors.Centre, Clock.Entry)));
        Refused(BiddingRules.Decide(new(), command with { TenderId = "T/1" }, Actors.Centre, Clock.Entry));
    }
}
