using System.Data;
using Ledger.Evidence;
using Ledger.Evidence.Packages;
using Ledger.Store.Packages;

namespace Ledger.Store;

public sealed partial class LedgerStore
{
    /// <summary>
    /// Makes the evidence package of <paramref name="request"/>'s scope: every event in it, sealed, with its
    /// inclusion proof into its sealing block, those blocks and the newest with consistency proofs to it, the
    /// keyring, the certificate the request renders, and the signature of the log's key in service now.
    /// All is read in one snapshot. At most <see cref="PackageReader.MaxEvents"/> events.
    /// </summary>
    /// <exception cref="ArgumentException">The case reference or whom it is for is unusable.</exception>
    /// <exception cref="PackageRefusedException">The scope has no events, names unknown ones, holds some not sealed yet, or is too large; nothing was exported.</exception>
    /// <exception cref="InvalidOperationException">This process holds no signing key of the log.</exception>
    public async Task<EvidencePackage> ExportPackageAsync(PackageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Check();
        await RefreshKeysAsync(ct);
        var current = keys;
        var exportedAt = LedgerTime.Truncate(Options.Clock.GetUtcNow());
        var signers = current.At(exportedAt);
        var header = new PackageHeader(Options.Origin, Options.Suite, request.Scope.Label, request.CaseReference, request.ExportedFor, exportedAt);
        PackageContents contents;
        await using (var connection = await DataSource.OpenConnectionAsync(ct))
        await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct))
        {
            contents = await PackageReader.ReadAsync(connection, schema, header, request.Scope, current.Keyring, ct);
        }
        return PackageBuilder.Build(contents, request.Certificate, signers);
    }
}
