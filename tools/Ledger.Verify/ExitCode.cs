namespace Ledger.Verify;

/// <summary>The verifier's exit codes, fixed so auditors can script it.</summary>
public static class ExitCode
{
    /// <summary>The evidence verifies.</summary>
    public const int Valid = 0;

    /// <summary>The evidence was read and does not verify; the first line says what failed and where.</summary>
    public const int Invalid = 1;

    /// <summary>The arguments or input files cannot be used; nothing was verified.</summary>
    public const int Unusable = 2;
}
