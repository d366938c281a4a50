namespace Ledger.Projections.Detectors.Addresses;

/// <summary>
/// Address risk in business registration (住所登记, case 24): registrations on negatively listed addresses, many
/// companies at one address, registrations without the owner's confirmation, and companies left on a certificate
/// whose confirmation was withdrawn.
/// </summary>
public static class AddressDetector
{
    /// <summary>One warning per company. Score: 1 at registration; <see cref="AddressThresholds.OverriddenHitScore"/>
    /// with an override; <see cref="AddressThresholds.ListedAfterRegistrationScore"/> when listed later.</summary>
    public static readonly DetectorRule NegativeListHit = new("address.negative-list-hit", "风险地址负面清单命中");

    /// <summary>Score: <c>n / (n + threshold)</c> for n companies remaining.</summary>
    public static readonly DetectorRule Crowded = new("address.crowded", "一址多照");

    /// <summary>One warning per company. Score: 1.</summary>
    public static readonly DetectorRule UnconfirmedRegistration = new("address.unconfirmed-registration", "未经产权人确认登记");

    /// <summary>One warning per withdrawn confirmation. Score: <c>elapsed / (elapsed + grace)</c> since the withdrawal.</summary>
    public static readonly DetectorRule WithdrawnCertificate = new("address.withdrawn-certificate", "存证证书撤回后企业仍在册");

    /// <summary>The warnings of one address as of <paramref name="asOf"/>, in <see cref="WarningOrder"/>.</summary>
    public static IReadOnlyList<Warning> Detect(AddressHistory address, DateTimeOffset asOf, AddressThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(thresholds);
        var warnings = new List<Warning>();
        var remaining = address.Companies.Where(c => c.RegisteredAt <= asOf && (c.LeftAt is not { } left || left > asOf)).ToArray();
        foreach (var company in address.Companies.Where(c => c.RegisteredAt <= asOf))
        {
            var subject = $"{address.AddressId}:{company.CompanyId}";
            var atRegistration = address.Listings.Where(l => InForce(l, company.RegisteredAt)).ToArray();
            if (atRegistration.Length > 0)
            {
                var overridden = company.OverrideEventId is not null;
                warnings.Add(NegativeListHit.Warn(subject, overridden ? thresholds.OverriddenHitScore : 1,
                    Text.Say($"Company {company.CompanyId} registered at {address.AddressId} on {company.RegisteredAt:u} while negative-list entry {Text.List(atRegistration.Select(l => l.EntryId))} was in force{(overridden ? ", under a granted override" : "")}."),
                    [company.EventId, .. atRegistration.Select(l => l.EventId), .. company.OverrideEventId is { } id ? [id] : Array.Empty<Guid>()]));
            }
            else if (remaining.Contains(company) && address.Listings.Where(l => l.AddedAt > company.RegisteredAt && InForce(l, asOf)).ToArray() is { Length: > 0 } later)
            {
                warnings.Add(NegativeListHit.Warn(subject, thresholds.ListedAfterRegistrationScore,
                    Text.Say($"Company {company.CompanyId} remains at {address.AddressId}, which negative-list entry {Text.List(later.Select(l => l.EntryId))} listed after it registered."),
                    [company.EventId, .. later.Select(l => l.EventId)]));
            }
            if (!address.Confirmations.Any(c => c.CertificateNumber == company.CertificateNumber && c.GivenAt <= company.RegisteredAt && (c.WithdrawnAt is not { } w || w > company.RegisteredAt)))
            {
                warnings.Add(UnconfirmedRegistration.Warn(subject, 1,
                    Text.Say($"Company {company.CompanyId} registered at {address.AddressId} on {company.RegisteredAt:u} citing certificate {company.CertificateNumber}, which no owner confirmation supported at that time."),
                    [company.EventId]));
            }
        }
        if (remaining.Length >= thresholds.CrowdedCompanies)
        {
            warnings.Add(Crowded.Warn(address.AddressId, Severity.Count(remaining.Length, thresholds.CrowdedCompanies),
                Text.Say($"{remaining.Length} companies are registered at {address.AddressId} (threshold {thresholds.CrowdedCompanies})."),
                remaining.Select(c => c.EventId)));
        }
        foreach (var withdrawn in address.Confirmations.Where(c => c.WithdrawnAt is { } w && asOf - w >= thresholds.WithdrawalGrace))
        {
            var at = withdrawn.WithdrawnAt!.Value;
            var left = remaining.Where(c => c.CertificateNumber == withdrawn.CertificateNumber && c.RegisteredAt < at).ToArray();
            if (left.Length == 0)
            {
                continue;
            }
            var elapsed = asOf - at;
            warnings.Add(WithdrawnCertificate.Warn($"{address.AddressId}:{withdrawn.CertificateNumber}", Severity.Count(elapsed.TotalDays, thresholds.WithdrawalGrace.TotalDays),
                Text.Say($"The owner withdrew the confirmation behind certificate {withdrawn.CertificateNumber} at {address.AddressId} {elapsed.TotalDays:0} days ago, yet {left.Length} company(ies) registered on it remain: {Text.List(left.Select(c => c.CompanyId))}."),
                [withdrawn.EventId, .. withdrawn.WithdrawnEventId is { } id ? [id] : Array.Empty<Guid>(), .. left.Select(c => c.EventId)]));
        }
        return WarningOrder.Sort(warnings);
    }

    private static bool InForce(NegativeListing listing, DateTimeOffset at) => listing.AddedAt <= at && (listing.LiftedAt is not { } lifted || lifted > at);
}
