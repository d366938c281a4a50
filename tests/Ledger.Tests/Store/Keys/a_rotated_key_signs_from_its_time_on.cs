using Ledger.Evidence.Blocks;
using Ledger.Evidence.Crypto;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;
using Ledger.Store;
using Ledger.Store.Keys;
using Ledger.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Ledger.Tests.Store.Keys;

public sealed class a_rotated_key_signs_from_its_time_on(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task promises_and_blocks_after_the_rotation_are_signed_by_the_new_key_only()
    {
        var connection = await postgres.DatabaseFor(this, "rotate");
        var (old, next) = (Key(), Key());
        await using var store = await OpenAsync(connection, old);
        var before = await store.AppendAsync("tender/T-1", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, Ct);

        var rotated = await store.RotateSigningKeyAsync(next, TestLedger.Context, Ct);
        var during = await store.AppendAsync("tender/T-1", 1, new NoteRecorded("答疑", 2m, null), TestLedger.Context, Ct);
        await new Sealer(store).SealNowAsync(Ct);
        clock.Advance(TimeSpan.FromSeconds(11));
        var after = await store.AppendAsync("tender/T-1", 2, new NoteRecorded("开标", 3m, null), TestLedger.Context, Ct);
        await new Sealer(store).SealNowAsync(Ct);

        Assert.Equal(LogKeys.Stream, rotated.Promise.Stream);
        foreach (var (promise, signer, other) in new[] { (before, old, next), (rotated, old, next), (during, old, next), (after, next, old) })
        {
            Assert.True(promise.Note.Open([signer.Verifier]).Verdict.IsValid, $"{promise.Promise.Stream} v{promise.Promise.Version} not signed by {signer.Verifier.Handle}");
            Assert.False(promise.Note.Open([other.Verifier]).Verdict.IsValid, $"{promise.Promise.Stream} v{promise.Promise.Version} signed by {other.Verifier.Handle}");
        }
        var keyring = store.Keys.Keyring;
        // Receipts prove into the newest block, sealed after the hand-over: the new key's, valid at its time.
        foreach (var promise in new[] { before, rotated, during, after })
        {
            var receipt = (await store.GetReceiptAsync(promise.Promise.EventId, Ct)).Receipt!;
            var verified = ReceiptVerifier.Verify(receipt.ToJson(), next.Verifier, keyring);
            Assert.True(verified.IsValid, $"receipt of {promise.Promise.Stream} v{promise.Promise.Version}: {verified.Failure}");
            Assert.False(ReceiptVerifier.Verify(receipt.ToJson(), old.Verifier, keyring).IsValid);
        }
        var newest = await store.NewestBlockAsync(Ct);
        Assert.True(EvidenceBlock.TryParseNote(newest!, out var note, out var block, out var error), error);
        Assert.True(block.Time >= store.Keys.Rotations[0].From);
        Assert.False(note.Open([old.Verifier]).Verdict.IsValid);
    }

    [Fact]
    public async Task another_process_follows_the_rotation_and_one_without_the_new_key_refuses_to_sign()
    {
        var connection = await postgres.DatabaseFor(this, "follow");
        var (old, next) = (Key(), Key());
        await using var first = await OpenAsync(connection, old);
        await using var both = await OpenAsync(connection, old, next);
        await using var oldOnly = await OpenAsync(connection, old);
        Assert.Equal(old.Verifier.ToString(), Assert.Single(both.Keys.At(clock.GetUtcNow())).Verifier.ToString());

        await first.RotateSigningKeyAsync(next, TestLedger.Context, Ct);
        clock.Advance(TimeSpan.FromSeconds(11));
        await both.RefreshKeysAsync(Ct);
        await oldOnly.RefreshKeysAsync(Ct);

        var promise = await both.AppendAsync("tender/T-2", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, Ct);
        Assert.True(promise.Note.Open([next.Verifier]).Verdict.IsValid);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            oldOnly.AppendAsync("tender/T-3", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, Ct));
        Assert.Contains($"signs with {next.Verifier.Handle}", refused.Message);
        Assert.Contains("does not hold that key", refused.Message);
    }

    [Fact]
    public async Task an_altered_key_history_stops_the_store_from_signing()
    {
        var connection = await postgres.DatabaseFor(this, "altered");
        var (old, next, stranger) = (Key(), Key(), Key());
        await using (var store = await OpenAsync(connection, old))
        {
            await store.RotateSigningKeyAsync(next, TestLedger.Context, Ct);
        }
        // Someone swaps the adopted key in the recorded note: its signatures no longer hold.
        await using (var db = Npgsql.NpgsqlDataSource.Create(connection))
        {
            await using var command = db.CreateCommand(
                "UPDATE ledger.ledger_events SET canonical = convert_to(replace(convert_from(canonical, 'UTF8'), $1, $2), 'UTF8') WHERE stream = 'log/keys'");
            command.Parameters.AddWithValue(next.Verifier.ToString());
            command.Parameters.AddWithValue(stranger.Verifier.ToString());
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenAsync(connection, old, stranger));
        Assert.Contains("log/keys version 1 is not a valid key rotation", error.Message);
    }

    private Task<LedgerStore> OpenAsync(string connection, params SignerKey[] keys) => LedgerStore.OpenAsync(new LedgerStoreOptions
    {
        ConnectionString = connection,
        Origin = TestLedger.Origin,
        SigningKeys = keys,
        Clock = clock,
    });

    private static SignerKey Key() => SignerKey.Generate(TestLedger.Origin, CryptoSuite.Intl.Signature);
}

public sealed class a_store_opened_without_keys_reads_and_refuses_to_append(PostgresFixture postgres)
{
    [Fact]
    public async Task saying_it_holds_no_signing_key()
    {
        var ct = TestContext.Current.CancellationToken;
        var connection = await postgres.DatabaseFor(this);
        await using (var writer = await TestLedger.OpenAsync(connection, "ledger"))
        {
            await writer.AppendAsync("tender/T-1", 0, new NoteRecorded("招标公告", 1m, null), TestLedger.Context, ct);
        }
        await using var reader = await LedgerStore.OpenAsync(new LedgerStoreOptions { ConnectionString = connection, Origin = TestLedger.Origin, SigningKeys = [] }, ct);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            reader.AppendAsync("tender/T-1", 1, new NoteRecorded("开标", 2m, null), TestLedger.Context, ct));

        Assert.Contains("holds no signing key", refused.Message);
        await using var session = reader.Marten.QuerySession();
        Assert.Equal(1, (await session.Events.FetchStreamStateAsync("tender/T-1", ct))!.Version);
    }
}
