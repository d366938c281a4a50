using Ledger.Api.Evidence.Certificates;

namespace Ledger.Tests.Api.Certificates;

/// <summary>Content that would print something untrue or unreadable is refused, naming the field.</summary>
public sealed class bad_certificate_content_is_refused_with_its_reason
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "hash-short", "ManifestHashHex" },
        { "hash-upper", "ManifestHashHex" },
        { "code-colon", "VerificationCode" },
        { "code-empty", "VerificationCode" },
        { "case-newline", "CaseReference" },
        { "person-empty", "ExportedFor.Person" },
        { "scope-id-empty", "Scope.Id" },
        { "count-below-listed", "event count 3" },
        { "count-above-tree", "above tree size" },
        { "leaf-outside-tree", "leaf index 1000000" },
        { "event-missing", "event 1 is missing" },
        { "events-missing", "FirstEvents" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void render_throws_naming_the_field(string mutation, string named)
    {
        var content = Mutate(CertificateSamples.Tender(), mutation);

        var problem = CertificateContentCheck.FirstProblem(content);
        var error = Assert.Throws<ArgumentException>(() => CertificatePdf.Render(content));
        Assert.NotNull(problem);
        Assert.Contains(named, problem);
        Assert.StartsWith($"Cannot render the certificate: {problem}.", error.Message);
    }

    [Fact]
    public void good_content_has_no_problem()
    {
        Assert.Null(CertificateContentCheck.FirstProblem(CertificateSamples.Tender()));
    }

    private static CertificateContent Mutate(CertificateContent c, string mutation) => mutation switch
    {
        "hash-short" => c with { ManifestHashHex = c.ManifestHashHex[..62] },
        "hash-upper" => c with { ManifestHashHex = c.ManifestHashHex.ToUpperInvariant() },
        "code-colon" => c with { VerificationCode = "ABCD:EFGH" },
        "code-empty" => c with { VerificationCode = " " },
        "case-newline" => c with { CaseReference = "case 1\n核验通过" },
        "person-empty" => c with { ExportedFor = c.ExportedFor with { Person = "" } },
        "scope-id-empty" => c with { Scope = c.Scope with { Id = "" } },
        "count-below-listed" => c with { EventCount = 3 },
        "count-above-tree" => c with { EventCount = c.NewestTreeSize + 1 },
        "leaf-outside-tree" => c with { FirstEvents = [c.FirstEvents[0] with { LeafIndex = c.NewestTreeSize }] },
        "event-missing" => c with { FirstEvents = [c.FirstEvents[0], null!] },
        "events-missing" => c with { FirstEvents = null! },
        _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null),
    };
}
