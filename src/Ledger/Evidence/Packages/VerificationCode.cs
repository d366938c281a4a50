namespace Ledger.Evidence.Packages;

/// <summary>
/// The package's verification code: the first 20 bytes (160 bits) of the manifest's hash in RFC 4648 base32,
/// in eight groups of four, e.g. <c>MFRG-GZDF-…</c>. Short enough to read aloud and compare with the certificate,
/// long enough that no one can make a second manifest with the same code.
/// </summary>
public static class VerificationCode
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const int Bytes = 20;

    public static string From(ReadOnlySpan<byte> manifestHash)
    {
        if (manifestHash.Length < Bytes)
        {
            throw new ArgumentException($"a verification code needs a hash of at least {Bytes} bytes", nameof(manifestHash));
        }
        var chars = new List<char>(40);
        var (buffer, bits) = (0, 0);
        foreach (var b in manifestHash[..Bytes])
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                if (chars.Count % 5 == 4)
                {
                    chars.Add('-');
                }
                chars.Add(Alphabet[(buffer >> bits) & 31]);
            }
            buffer &= (1 << bits) - 1;
        }
        return new string([.. chars]);
    }
}
