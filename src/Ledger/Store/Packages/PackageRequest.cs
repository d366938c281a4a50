using Ledger.Evidence.Packages;

namespace Ledger.Store.Packages;

/// <summary>
/// An export: which events, the case it is for (the court's or the office's reference), whom it is for, and
/// the function that renders the certificate PDF from the package's facts (the PDF is opaque to the package
/// format, so the store needs no PDF code).
/// </summary>
public sealed record PackageRequest(PackageScope Scope, string CaseReference, ExportedFor ExportedFor, Func<PackageFacts, byte[]> Certificate)
{
    public const int MaxTextLength = 200;

    /// <exception cref="ArgumentException">The case reference or a field of whom it is for is empty, too long or holds control characters.</exception>
    internal void Check()
    {
        foreach (var (value, name) in new[] { (CaseReference, "caseReference"), (ExportedFor.Person, "exportedFor.person"), (ExportedFor.Organisation, "exportedFor.organisation"), (ExportedFor.Role, "exportedFor.role") })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > MaxTextLength || value.Any(char.IsControl))
            {
                throw new ArgumentException($"{name} must be 1 to {MaxTextLength} characters without control characters", name);
            }
        }
    }
}
