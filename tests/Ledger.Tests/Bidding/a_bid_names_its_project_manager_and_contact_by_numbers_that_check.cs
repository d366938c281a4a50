using System.Text;
using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;
using Ledger.Evidence.Canonical;
using Ledger.Evidence.Crypto;
using static Ledger.Tests.Bidding.Decisions;

namespace Ledger.Tests.Bidding;

public sealed class a_bid_names_its_project_manager_and_contact_by_numbers_that_check
{
    private static readonly ProjectManager Manager = new(" 张建国 ", ManagerCredential.ConstructorCertificate, "甘 162101234567");
    private static readonly ContactPerson Contact = new("李联系", "+86 138-0931-1234");
    private static readonly SubmitBid Submission = TenderScenario.Submission("B-1", TenderScenario.Sha256("commitment")) with { ProjectManager = Manager, Contact = Contact };

    [Fact]
    public void the_event_holds_them_trimmed_and_commits_every_value()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");

        var bid = Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission, Actors.Bidder("B-1"), Clock.Bidding));

        Assert.Equal(("张建国", ManagerCredential.ConstructorCertificate, "甘162101234567", "李联系", "+86 138-0931-1234"),
            (bid.ProjectManagerName, bid.ProjectManagerCredential, bid.ProjectManagerNumber, bid.ContactName, bid.ContactPhone));
        var canonical = CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope("BidSubmitted", "bid/T-1/B-1", 2, Clock.Bidding, new byte[32]), bid);
        var json = Encoding.UTF8.GetString(canonical.Bytes);
        Assert.Equal(["/data/contactName", "/data/contactPhone", "/data/projectManagerName", "/data/projectManagerNumber"], canonical.Disclosures.Select(d => d.Path).Order(StringComparer.Ordinal));
        foreach (var value in new[] { "张建国", "162101234567", "李联系", "0931-1234" })
        {
            Assert.DoesNotContain(value, json, StringComparison.Ordinal);
        }
        Assert.Contains("\"projectManagerCredential\":\"ConstructorCertificate\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void a_bid_naming_no_one_commits_nothing_and_an_amendment_names_them_afresh()
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Submitted("B-1", 900_000m);
        var amend = new AmendBid("T-1", "B-1", TenderScenario.Sha256("v2"), 10, "c2ln", "CA-1", TenderScenario.Features, TenderScenario.Sha256("c2"),
            new ProjectManager("王伟", ManagerCredential.IdentityCard, "11010519491231002x"), null);

        var amended = Accepted<BidAmended>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), amend, Actors.Bidder("B-1"), Clock.Bidding));

        Assert.Equal((ManagerCredential.IdentityCard, "11010519491231002X", (string?)null), (amended.ProjectManagerCredential, amended.ProjectManagerNumber, amended.ContactPhone));
        var plain = new BidSubmitted("T-1", "B-1", TenderScenario.Sha256("file"), 1024, "c2ln", "CA-1", TenderScenario.Features, TenderScenario.Sha256("c"));
        Assert.Empty(CanonicalEvent.Create(CryptoSuite.Intl, new EventEnvelope("BidSubmitted", "bid/T-1/B-1", 2, Clock.Bidding, new byte[32]), plain).Disclosures);
    }

    public static TheoryData<string, SubmitBid> Malformed => new()
    {
        { "project manager's name is empty", Submission with { ProjectManager = Manager with { Name = " " } } },
        { "project manager's registration certificate number \"甘16-2101\" is not a registered constructor's certificate number", Submission with { ProjectManager = Manager with { Number = "甘16-2101" } } },
        { "project manager's registration certificate number \"162\" is not", Submission with { ProjectManager = Manager with { Number = "162" } } },
        { "project manager's ID number \"110105194912310021\" fails its checksum: its check character is 1, the digits give X",
            Submission with { ProjectManager = new ProjectManager("王伟", ManagerCredential.IdentityCard, "110105194912310021") } },
        { "project manager's ID number \"甘 162101234567\" is not an ID number", Submission with { ProjectManager = Manager with { Credential = ManagerCredential.IdentityCard } } },
        { "project manager's credential 7 is neither", Submission with { ProjectManager = Manager with { Credential = (ManagerCredential)7 } } },
        { "contact's name is empty", Submission with { Contact = Contact with { Name = "" } } },
        { "contact's phone \"138 0931 12a4\" may hold only digits", Submission with { Contact = Contact with { Phone = "138 0931 12a4" } } },
        { "contact's phone \"+1 415 555 0100\" is not a mainland number", Submission with { Contact = Contact with { Phone = "+1 415 555 0100" } } },
        { "contact's phone \"1380931123\" has 10 digits and is neither a mainland mobile number", Submission with { Contact = Contact with { Phone = "1380931123" } } },
        { "contact's phone \"12809311234\" has 11 digits and is neither", Submission with { Contact = Contact with { Phone = "12809311234" } } },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void a_malformed_name_number_or_phone_is_refused_precisely(string refusal, SubmitBid command)
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");

        Assert.StartsWith(refusal, Refused(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), command, Actors.Bidder("B-1"), Clock.Bidding)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13809311234")]
    [InlineData("0931-8888 123")]
    [InlineData("(010) 6512 3456")]
    [InlineData("8613809311234")]
    public void mobiles_and_landlines_with_their_area_code_are_phones(string phone)
    {
        var scenario = new TenderScenario().Entered().Noticed(deposit: null).Obtained("B-1");

        Accepted<BidSubmitted>(BiddingRules.Decide(scenario.Tender, scenario.Bid("B-1"), Submission with { Contact = Contact with { Phone = phone } }, Actors.Bidder("B-1"), Clock.Bidding));
    }
}
