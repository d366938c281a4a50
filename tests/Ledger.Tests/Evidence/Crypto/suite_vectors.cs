using System.Text;
using System.Text.Json;
using Ledger.Evidence.Crypto;
using Ledger.Tests.Support;

namespace Ledger.Tests.Evidence.Crypto;

/// <summary>RFC 8032 and Wycheproof for Ed25519; GM/T 0004 for SM3; GM/T 0003 for SM2.</summary>
public sealed class suite_vectors
{
    private static readonly JsonElement Ed = Vectors.Load("ed25519-rfc8032-wycheproof.json").RootElement;
    private static readonly JsonElement Gm = Vectors.Load("gm-sm3-sm2-vectors.json").RootElement;

    private static byte[] Hex(JsonElement e, string name)
    {
        var hex = e.GetProperty(name).GetString()!.Replace("0x", "", StringComparison.Ordinal);
        return Convert.FromHexString(hex.Length % 2 == 0 ? hex : "0" + hex);
    }

    [Fact]
    public void ed25519_reproduces_rfc8032_signatures_exactly()
    {
        var cases = Ed.GetProperty("rfc8032").GetProperty("cases").EnumerateArray().ToArray();
        Assert.Equal(5, cases.Length);
        foreach (var c in cases)
        {
            var secret = Hex(c, "secretKey");
            Assert.Equal(Hex(c, "publicKey"), SignatureScheme.Ed25519.PublicKeyOf(secret));
            Assert.Equal(Hex(c, "signature"), SignatureScheme.Ed25519.Sign(secret, Hex(c, "message")));
            Assert.Equal(Hex(c, "signature"), SignatureScheme.Ed25519.Sign(secret, Hex(c, "publicKey"), Hex(c, "message")));
            Assert.True(SignatureScheme.Ed25519.Verify(Hex(c, "publicKey"), Hex(c, "message"), Hex(c, "signature")));
        }
    }

    [Fact]
    public void ed25519_rejects_every_wycheproof_malleation()
    {
        var cases = Ed.GetProperty("wycheproof").GetProperty("cases").EnumerateArray().ToArray();
        Assert.Equal(75, cases.Length);
        foreach (var c in cases)
        {
            var valid = SignatureScheme.Ed25519.Verify(Hex(c, "publicKey"), Hex(c, "message"), Hex(c, "signature"));
            Assert.True(c.GetProperty("expectValid").GetBoolean() == valid, $"tcId {c.GetProperty("tcId")}");
        }
    }

    [Fact]
    public void sm3_matches_the_standard_and_reference_digests()
    {
        var cases = Gm.GetProperty("sm3").GetProperty("cases").EnumerateArray().ToArray();
        Assert.Equal(15, cases.Length);
        foreach (var c in cases)
        {
            Assert.Equal(Hex(c, "sm3"), CryptoSuite.Gm.Hash(Sm3Input(c)));
        }
    }

    private static byte[] Sm3Input(JsonElement c)
    {
        if (c.TryGetProperty("inputHex", out var hex))
        {
            return Convert.FromHexString(hex.GetString()!);
        }
        return c.GetProperty("input").GetString() switch
        {
            "65536 bytes, byte i = i & 0xff" => [.. Enumerable.Range(0, 65536).Select(i => (byte)(i & 0xff))],
            "1,000,000 x \"a\"" => Encoding.ASCII.GetBytes(new string('a', 1_000_000)),
            var other => throw new InvalidOperationException($"unknown SM3 input description '{other}'"),
        };
    }

    [Fact]
    public void sm2_verifies_the_standards_signatures_on_the_recommended_curve()
    {
        var cases = Gm.GetProperty("sm2Signatures").GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("curve").GetString() == "sm2p256v1" && c.GetProperty("hash").GetString() == "SM3")
            .ToArray();
        Assert.Equal(2, cases.Length);
        foreach (var c in cases)
        {
            var publicKey = SignatureScheme.Sm2.PublicKeyOf(Hex(c, "privateKey"));
            Assert.Equal([0x04, .. Hex(c, "publicKeyX"), .. Hex(c, "publicKeyY")], publicKey);
            Assert.True(Sm2Scheme.Verify(publicKey, Encoding.ASCII.GetBytes(c.GetProperty("message").GetString()!), Hex(c, "signatureRawRS"), Encoding.ASCII.GetBytes(c.GetProperty("userId").GetString()!)), c.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void sm2_rejects_every_derived_forgery()
    {
        var cases = Gm.GetProperty("sm2Signatures").GetProperty("negativeCases").EnumerateArray().ToArray();
        Assert.Equal(15, cases.Length);
        foreach (var c in cases)
        {
            var publicKey = (byte[])[0x04, .. Hex(c, "publicKeyX"), .. Hex(c, "publicKeyY")];
            var signature = (byte[])[.. Fixed32(Hex(c, "r")), .. Fixed32(Hex(c, "s"))];
            var valid = Sm2Scheme.Verify(publicKey, Encoding.ASCII.GetBytes(c.GetProperty("message").GetString()!), signature, Encoding.ASCII.GetBytes(c.GetProperty("userId").GetString()!));
            Assert.False(valid, c.GetProperty("id").GetString());
        }
    }

    // r + n and s + n need 33 bytes: the fixed 64-byte r || s cannot carry them, and a longer signature is refused.
    private static byte[] Fixed32(byte[] value) => value.Length >= 32 ? value : [.. new byte[32 - value.Length], .. value];

    [Theory]
    [InlineData("intl")]
    [InlineData("gm")]
    public void a_fresh_key_signs_and_a_changed_message_or_signature_fails(string name)
    {
        var scheme = CryptoSuite.Find(name)!.Signature;
        var (privateKey, publicKey) = scheme.Generate();
        var message = "开标记录 2026-11-29"u8.ToArray();
        var signature = scheme.Sign(privateKey, message);
        Assert.Equal(scheme.SignatureLength, signature.Length);
        Assert.True(scheme.Verify(publicKey, message, signature));
        for (var bit = 0; bit < signature.Length * 8; bit += 13)
        {
            var bad = (byte[])signature.Clone();
            bad[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(scheme.Verify(publicKey, message, bad));
        }
        Assert.False(scheme.Verify(publicKey, [.. message, 0], signature));
        Assert.False(scheme.Verify(publicKey[..^1], message, signature));
    }

    [Fact]
    public void suites_are_found_only_by_their_recorded_names()
    {
        Assert.Same(CryptoSuite.Intl, CryptoSuite.Find("intl"));
        Assert.Same(CryptoSuite.Gm, CryptoSuite.Find("gm"));
        Assert.Null(CryptoSuite.Find("GM"));
        Assert.Null(CryptoSuite.Find("sha256"));
    }
}
