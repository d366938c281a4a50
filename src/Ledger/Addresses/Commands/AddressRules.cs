using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses.Commands;

/// <summary>
/// The rules of the address family: one pure <c>Decide</c> per command, in the command's file, taking the stream's
/// state, the command, the actor and the server's time, and returning the events to append or a refusal naming the
/// rule and the values. Registration commands also take the <see cref="Property"/> the registration is at, as it
/// stands now: applying, checking and completing each test the address again (事前校验、事中比对), so an owner's
/// withdrawal or a negative-list entry between two steps stops the later one.
/// </summary>
public static partial class AddressRules
{
    /// <summary>
    /// Why the owner's confirmation or the standardised address does not support the citation of
    /// <paramref name="certificateNumber"/> (null: nothing to cite); empty when they do.
    /// </summary>
    private static List<string> ConfirmationProblems(Property property, string standardAddressId, string? certificateNumber)
    {
        var problems = new List<string>();
        if (property.StandardAddressId != standardAddressId)
        {
            problems.Add(property.StandardAddressId is null
                ? $"property {property.PropertyId} has no standardised address yet"
                : $"property {property.PropertyId} has standardised address {property.StandardAddressId}, not {standardAddressId}");
        }
        if (certificateNumber is not null && property.WithdrawnCertificates.TryGetValue(certificateNumber, out var withdrawnAt))
        {
            problems.Add($"the owner withdrew confirmation {certificateNumber} of property {property.PropertyId} at {Checks.When(withdrawnAt)}");
        }
        else if (property.CertificateNumber is null)
        {
            problems.Add($"the owner of property {property.PropertyId} has not confirmed its use (产权人在线确认)");
        }
        else if (property.CertificateNumber != certificateNumber)
        {
            // Only one confirmation is in force and a withdrawn one never returns, so any other number was not issued here.
            problems.Add($"certificate {certificateNumber} was not issued for property {property.PropertyId}: it is another property's or none");
        }
        return problems;
    }

    /// <summary>The negative-list entries in force on the property, in id order.</summary>
    private static List<string> Hits(Property property) => property.NegativeList.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The overrides of this registration that name any of <paramref name="hits"/>, and the hits none of them names.</summary>
    private static (List<NegativeListOverride> Used, List<string> Uncovered) Cover(CompanyRegistration registration, List<string> hits)
    {
        var used = registration.Overrides.Where(o => o.EntryIds.Any(hits.Contains)).ToList();
        var uncovered = hits.Where(h => !used.Any(o => o.EntryIds.Contains(h))).ToList();
        return (used, uncovered);
    }

    /// <summary>Everything that stops a registration at its property now: confirmation problems and unoverridden hits.</summary>
    private static List<string> AddressProblems(CompanyRegistration registration, Property property, out List<string> hits, out List<NegativeListOverride> used)
    {
        var problems = ConfirmationProblems(property, registration.StandardAddressId, registration.CertificateNumber);
        hits = Hits(property);
        (used, var uncovered) = Cover(registration, hits);
        if (uncovered.Count > 0)
        {
            problems.Add($"the address is on the negative list (风险地址负面清单) by entries {string.Join(", ", uncovered)} without a recorded override");
        }
        return problems;
    }

    /// <summary>A registration under way needs the property it names; another is a caller's bug.</summary>
    /// <exception cref="ArgumentException">The property is another than the registration's.</exception>
    private static void SameProperty(CompanyRegistration registration, Property property) =>
        Checks.SameStream(property.PropertyId, registration.PropertyId, "property");
}
