using Ledger.Bidding.Commands;
using Ledger.Bidding.Events;

namespace Ledger.Cli.Simulate;

/// <summary>
/// The people firms name in their bids: registered constructors (mostly by their certificate numbers, 甘 and twelve
/// digits; one in ten by ID number) and contacts with mobile numbers. Every number is new, so honest firms never share
/// one: a shared number is always planted. Drawn from dice of their own, so that adding them left every other firm of a
/// seed as it was.
/// </summary>
internal sealed class People(Dice dice)
{
    private static readonly string[] MobilePrefixes = ["138", "139", "135", "136", "137", "150", "151", "158", "177", "180", "186", "189", "199"];

    private readonly HashSet<string> numbers = new(StringComparer.Ordinal);

    /// <summary>A firm's one to four registered constructors.</summary>
    public IReadOnlyList<ProjectManager> Managers(Region home) =>
        [.. Enumerable.Range(0, dice.Between(1, 4)).Select(_ => Manager(home))];

    public ProjectManager Manager(Region home) => dice.Chance(0.1)
        ? new ProjectManager(Names.Person(dice), ManagerCredential.IdentityCard, New(() => Names.IdNumber(home.Code, dice)))
        : new ProjectManager(Names.Person(dice), ManagerCredential.ConstructorCertificate, New(() => "甘" + home.Code[..2] + dice.Digits(10)));

    public ContactPerson Contact() => new(Names.Person(dice), New(() => dice.Pick(MobilePrefixes) + dice.Digits(8)));

    private string New(Func<string> draw)
    {
        string number;
        do
        {
            number = draw();
        }
        while (!numbers.Add(number));
        return number;
    }
}
