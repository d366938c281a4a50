using Ledger.Actions;
using Ledger.Addresses.Events;

namespace Ledger.Addresses;

/// <summary>
/// A company registration's state, folded from company-registration/{applicationId} (see <see cref="AddressStreams"/>).
/// Its commands also read the <see cref="Property"/> it names, since whether a company may register depends on
/// the address as it stands at that moment, not as it stood when the application came in.
/// </summary>
public sealed class CompanyRegistration
{
    private readonly List<NegativeListOverride> overrides = [];
    private readonly List<InspectionRecorded> inspections = [];

    /// <summary>Marten's identity for the aggregate, the stream key; Apply never sets it.</summary>
    public string Id { get; set; } = "";

    public string ApplicationId { get; private set; } = "";

    public RegistrationStage Stage { get; private set; }

    public string CompanyName { get; private set; } = "";

    /// <summary>统一社会信用代码: the applicant's, or null until completion assigns one.</summary>
    public string? UnifiedCreditCode { get; private set; }

    public string PropertyId { get; private set; } = "";

    public string StandardAddressId { get; private set; } = "";

    /// <summary>存证证书编号 the application cites.</summary>
    public string CertificateNumber { get; private set; } = "";

    public Actor? AppliedBy { get; private set; }

    public IReadOnlyList<NegativeListOverride> Overrides => overrides;

    /// <summary>The latest check; a registration may be checked again until it is completed.</summary>
    public RegistrationChecked? LatestCheck { get; private set; }

    public Actor? CompletedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? NotifiedAt { get; private set; }

    public IReadOnlyList<InspectionRecorded> Inspections => inspections;

    /// <summary>Folds a company-registration stream from its first event; for tests and tools outside Marten.</summary>
    /// <exception cref="ArgumentException">An event that does not belong in a company-registration stream.</exception>
    public static CompanyRegistration Replay(IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var registration = new CompanyRegistration();
        foreach (var e in events)
        {
            switch (e)
            {
                case RegistrationApplied x: registration.Apply(x); break;
                case NegativeListOverrideGranted x: registration.Apply(x); break;
                case RegistrationChecked x: registration.Apply(x); break;
                case RegistrationCompleted x: registration.Apply(x); break;
                case OwnerAndRegulatorNotified x: registration.Apply(x); break;
                case InspectionRecorded x: registration.Apply(x); break;
                default: throw new ArgumentException($"{e.GetType().Name} does not belong in a company-registration stream", nameof(events));
            }
        }
        return registration;
    }

    public void Apply(RegistrationApplied e)
    {
        ApplicationId = e.ApplicationId;
        Stage = RegistrationStage.Applied;
        CompanyName = e.CompanyName;
        UnifiedCreditCode = e.UnifiedCreditCode;
        PropertyId = e.PropertyId;
        StandardAddressId = e.StandardAddressId;
        CertificateNumber = e.CertificateNumber;
        AppliedBy = e.By;
    }

    public void Apply(NegativeListOverrideGranted e) => overrides.Add(new NegativeListOverride(e.EntryIds, e.Reason, e.By, e.At));

    public void Apply(RegistrationChecked e) => LatestCheck = e;

    public void Apply(RegistrationCompleted e)
    {
        Stage = RegistrationStage.Completed;
        UnifiedCreditCode = e.UnifiedCreditCode;
        CompletedBy = e.By;
        CompletedAt = e.At;
    }

    public void Apply(OwnerAndRegulatorNotified e) => NotifiedAt = e.At;

    public void Apply(InspectionRecorded e) => inspections.Add(e);
}
