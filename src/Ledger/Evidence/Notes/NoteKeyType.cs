namespace Ledger.Evidence.Notes;

/// <summary>The signed-note signature types this verifier understands.</summary>
public enum NoteKeyType
{
    /// <summary>0x01: Ed25519 over the note text (signed-note).</summary>
    Ed25519,

    /// <summary>0x02: ECDSA P-256 with SHA-256, DER signatures, key id from the SPKI (transparency-dev/witness, Rekor v1). Verify only.</summary>
    EcdsaP256,

    /// <summary>0x04: timestamped Ed25519 witness cosignature (C2SP tlog-cosignature, cosignature/v1).</summary>
    Cosignature,

    /// <summary>0xff "ledger/sm2-sm3@v1": SM2 with SM3 and the GM/T default user ID, 64-byte r||s (ours).</summary>
    Sm2,
}
