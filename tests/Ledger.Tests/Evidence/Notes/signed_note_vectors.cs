using System.Text.Json;
using Ledger.Evidence.Notes;
using Ledger.Tests.Support;

namespace Ledger.Tests.Evidence.Notes;

/// <summary>C2SP signed-note vectors from golang.org/x/mod/sumdb/note, transparency-dev/formats and sigstore.</summary>
public sealed class signed_note_vectors
{
    private static readonly JsonElement Root = Vectors.Load("c2sp-signed-note-vectors.json").RootElement;

    private static VerifierKey Key(string vkey)
    {
        Assert.True(VerifierKey.TryParse(vkey, out var key, out var error), error);
        return key;
    }

    [Fact]
    public void valid_verifier_keys_parse_with_their_name_id_and_type()
    {
        var valid = Root.GetProperty("verifierKeys").EnumerateArray().Where(v => v.GetProperty("valid").GetBoolean()).ToArray();
        Assert.NotEmpty(valid);
        foreach (var v in valid)
        {
            var key = Key(v.GetProperty("vkey").GetString()!);
            Assert.Equal(v.GetProperty("name").GetString(), key.Name);
            Assert.Equal(v.GetProperty("keyIdHex").GetString(), key.KeyId.ToString("x8"));
            Assert.Equal(v.GetProperty("publicKeyHex").GetString(), Convert.ToHexStringLower(key.PublicKey));
            Assert.Equal(v.GetProperty("vkey").GetString(), key.ToString());
        }
    }

    [Fact]
    public void invalid_verifier_keys_are_refused_with_a_reason()
    {
        var invalid = Root.GetProperty("verifierKeys").EnumerateArray()
            .Where(v => !v.GetProperty("valid").GetBoolean())
            .SelectMany(v => v.TryGetProperty("vkeys", out var many) ? many.EnumerateArray().Select(e => e.GetString()!) : [v.GetProperty("vkey").GetString()!])
            .ToArray();
        Assert.True(invalid.Length > 300);
        foreach (var vkey in invalid)
        {
            Assert.False(VerifierKey.TryParse(vkey, out _, out var error), vkey);
            Assert.False(string.IsNullOrEmpty(error));
        }
    }

    [Fact]
    public void signer_keys_derive_their_verifier_keys_and_round_trip()
    {
        foreach (var s in Root.GetProperty("signerKeys").EnumerateArray())
        {
            var skey = s.GetProperty("skey").GetString()!;
            Assert.True(SignerKey.TryParse(skey, out var key, out var error), error);
            Assert.Equal(s.GetProperty("derivedVkey").GetString(), key.Verifier.ToString());
            Assert.Equal(skey, key.Encode());
            Assert.DoesNotContain(skey.Split('+', 5)[4], key.ToString());
        }
    }

    [Fact]
    public void signing_reproduces_the_reference_note_byte_for_byte()
    {
        var c = Root.GetProperty("signing")[0];
        Assert.True(SignerKey.TryParse(c.GetProperty("skey").GetString()!, out var key, out _));
        var text = c.GetProperty("text").GetString()!;
        var note = SignedNote.Create(text, [key.Sign(text)]);
        Assert.Equal(c.GetProperty("expectNote").GetString(), note.ToString());
        Assert.Throws<ArgumentException>(() => key.Sign("abc"));
    }

    public static TheoryData<string> NoteIds() => [.. Root.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    [Theory]
    [MemberData(nameof(NoteIds))]
    public void notes_open_as_go_note_open_does(string id)
    {
        var c = Root.GetProperty("notes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);
        var keys = c.GetProperty("verifierKeys").EnumerateArray().Select(k => Key(k.GetString()!)).ToArray();
        var expectValid = c.GetProperty("expectValid").GetBoolean();
        var bytes = c.TryGetProperty("noteHex", out var hex)
            ? Convert.FromHexString(hex.GetString()!)
            : System.Text.Encoding.UTF8.GetBytes(c.GetProperty("note").GetString()!);
        if (!SignedNote.TryParse(bytes, out var note, out var parseError))
        {
            Assert.False(expectValid, parseError);
            Assert.Equal("malformed note", c.GetProperty("expectError").GetString());
            return;
        }
        var opening = note.Open(keys);
        Assert.Equal(expectValid, opening.Verdict.IsValid);
        if (expectValid)
        {
            Assert.Equal(
                c.GetProperty("expectVerifiedNames").EnumerateArray().Select(e => e.GetString()).Order(),
                opening.Verified.Select(v => v.Signature.Name).Order());
            if (c.TryGetProperty("expectUnverifiedNames", out var unverified))
            {
                Assert.Equal(unverified.EnumerateArray().Select(e => e.GetString()).Order(), opening.Unverified.Select(s => s.Name).Order());
            }
            if (c.TryGetProperty("expectText", out var text))
            {
                Assert.Equal(text.GetString(), note.Text);
            }
        }
        else
        {
            Assert.StartsWith(c.GetProperty("expectError").GetString()!.Split(' ')[0], opening.Verdict.Failure);
        }
    }

    [Fact]
    public void checkpoints_need_the_logs_own_signature_and_origin()
    {
        var cases = Root.GetProperty("formatsParseCheckpoint").GetProperty("cases").EnumerateArray().ToArray();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            var log = Key(c.GetProperty("logVkey").GetString()!);
            var others = c.GetProperty("otherVkeys").EnumerateArray().Select(k => Key(k.GetString()!));
            var verified = 0;
            var ok = false;
            if (SignedNote.TryParse(c.GetProperty("note").GetString()!, out var note, out _))
            {
                var opening = note.Open([log, .. others]);
                verified = opening.Verified.Count;
                ok = opening.Verdict.IsValid
                    && opening.Verified.Any(v => v.Key == log)
                    && Checkpoint.TryParse(note.Text, out var checkpoint, out _)
                    && checkpoint.Origin == c.GetProperty("origin").GetString();
            }
            Assert.Equal(c.GetProperty("wantErr").GetBoolean(), !ok);
            Assert.Equal(c.GetProperty("wantVerifiedSigs").GetInt32(), verified);
        }
    }

    [Fact]
    public void cosignature_timestamps_are_read_from_the_first_eight_bytes()
    {
        foreach (var c in Root.GetProperty("cosignatureTimestamps").GetProperty("cases").EnumerateArray())
        {
            var ok = NoteText.TryDecodeBase64(c.GetProperty("sigBase64").GetString()!, out var bytes)
                && VerifierKey.TryReadCosignatureTime(bytes.AsSpan(4), out var time)
                && (!c.TryGetProperty("expectTimestamp", out var expected) || expected.GetUInt64() == time);
            Assert.Equal(!c.TryGetProperty("expectError", out _), ok);
        }
    }
}
