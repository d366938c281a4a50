using System.Text;
using Ledger.Privacy;

namespace Ledger.Tests.Privacy;

/// <summary>The client certificate's subject in <c>/meta/client</c> names the actor beside it: an order for that person erases it.</summary>
public sealed class a_certificate_subject_goes_with_its_actor
{
    private static readonly string Commit = "commit:" + new string('a', 64);

    [Fact]
    public void with_the_actor_and_not_with_anyone_else()
    {
        var canonical = Encoding.UTF8.GetBytes(
            $$"""{"data":{"tenderId":"T-1"},"meta":{"actor":{"organisation":"91620100MA72XXXX3K","personId":"cert-0a1b","personName":"{{Commit}}","role":"Bidder"},"causation":null,"client":{"address":"10.0.0.8","certificateSubject":"{{Commit}}","userAgent":"x"},"correlation":"c"},"prev":null,"stream":"tender/T-1","time":"2026-12-01T01:00:00.000000Z","type":"DocumentsObtained","version":1}""");

        Assert.Equal(["/meta/actor/personName", "/meta/client/certificateSubject"], SubjectFields.Find(canonical, new ErasureSubject(SubjectKind.Person, "cert-0a1b")));
        Assert.Empty(SubjectFields.Find(canonical, new ErasureSubject(SubjectKind.Person, "someone-else")));
        Assert.Empty(SubjectFields.Find(canonical, new ErasureSubject(SubjectKind.Organisation, "91620100MA72XXXX3K")));
    }
}
