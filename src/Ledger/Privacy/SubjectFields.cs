using System.Text.Json;
using Ledger.Evidence.Canonical;

namespace Ledger.Privacy;

/// <summary>
/// Which personal values of a canonical event belong to an erasure order's subject. A value belongs to the party named
/// in the same JSON object as its commitment, so the rule follows the events' own shape, not a list of event types:
/// <list type="bullet">
/// <item>a <see cref="SubjectKind.Person"/> owns the commitments beside its <c>personId</c> (an actor, in <c>/meta/actor</c>
/// or in the data), and beside its <c>id</c> in a party whose <c>kind</c> is <c>NaturalPerson</c> (an owner, an applicant);</item>
/// <item>an <see cref="SubjectKind.Organisation"/> owns those beside its <c>id</c> in a party whose <c>kind</c> is
/// <c>Organisation</c> (its contact's name and phone), its <c>bidderId</c> (a deposit's source account) and its
/// <c>unifiedCreditCode</c> (its legal representative's name and ID number).</item>
/// </list>
/// Only direct members count: a nested object names its own party (a registration's <c>by</c> is the official, not the
/// company). The people who acted for an organisation are subjects of their own, erased by their person ids. One
/// exception: <c>/meta/client</c> (the client certificate's subject) describes the actor beside it in <c>/meta/actor</c>
/// and goes with that person.
/// </summary>
public static class SubjectFields
{
    /// <summary>The members that name a party, as the canonical form spells them; a convention test holds every personal
    /// field to sit beside one of them.</summary>
    public static readonly IReadOnlyList<string> PartyKeys = ["personId", "id", "bidderId", "unifiedCreditCode"];

    /// <summary>Types with personal fields but no party id of their own, whose values go with the actor beside them.</summary>
    public static readonly IReadOnlyList<Type> ActorCompanions = [typeof(Ledger.Actions.ClientInfo)];

    /// <summary>The JSON Pointers of the commitments in <paramref name="canonicalEvent"/> that belong to <paramref name="subject"/>, in document order.</summary>
    public static IReadOnlyList<string> Find(ReadOnlyMemory<byte> canonicalEvent, ErasureSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        using var document = JsonDocument.Parse(canonicalEvent);
        var found = new List<string>();
        Walk(document.RootElement, "", subject, found);
        return found;
    }

    private static void Walk(JsonElement element, string path, ErasureSubject subject, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var named = Names(element, subject);
                foreach (var member in element.EnumerateObject())
                {
                    var at = $"{path}/{JsonPointer.Escape(member.Name)}";
                    if (named && IsCommitment(member.Value))
                    {
                        found.Add(at);
                    }
                    Walk(member.Value, at, subject, found);
                }
                // After the members: client follows actor in the canonical order.
                if (path == "/meta" && element.TryGetProperty("actor", out var actor) && Names(actor, subject)
                    && element.TryGetProperty("client", out var client) && client.ValueKind == JsonValueKind.Object)
                {
                    found.AddRange(client.EnumerateObject().Where(m => IsCommitment(m.Value)).Select(m => $"/meta/client/{JsonPointer.Escape(m.Name)}"));
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}/{index++}", subject, found);
                }
                break;
        }
    }

    private static bool Names(JsonElement party, ErasureSubject subject)
    {
        bool Has(string key) => party.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(subject.Id);
        bool KindIs(string kind) => party.TryGetProperty("kind", out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(kind);
        return subject.Kind switch
        {
            SubjectKind.Person => Has("personId") || (Has("id") && KindIs("NaturalPerson")),
            SubjectKind.Organisation => (Has("id") && KindIs("Organisation")) || Has("bidderId") || Has("unifiedCreditCode"),
            _ => false,
        };
    }

    private static bool IsCommitment(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString()!.StartsWith(Commitment.Prefix, StringComparison.Ordinal);
}
