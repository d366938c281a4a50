using Ledger.Evidence;
using Ledger.Evidence.Blocks;
using Ledger.Evidence.Keys;
using Ledger.Evidence.Merkle;
using Ledger.Evidence.Notes;
using Ledger.Evidence.Receipts;

namespace Ledger.Verify;

/// <summary>
/// <c>ledger-verify</c>: checks checkpoints, proofs, receipts and evidence packages offline, with nothing but the files and
/// the log's public key. Exit 0 valid, 1 invalid (first line of output says what failed and where),
/// 2 unusable arguments or input.
/// </summary>
public static class VerifyCommand
{
    public const string Usage = """
        usage: ledger-verify checkpoint  --key <vkey> [--keyring <file>] <checkpoint-file>
               ledger-verify inclusion   --key <vkey> --checkpoint <file> --leaf-hash <hex> --index <i> --proof <file>
               ledger-verify consistency --key <vkey> --old <file> --new <file> --proof <file>
               ledger-verify receipt     --key <vkey> [--keyring <file>] <receipt.json>
               ledger-verify package     [--key <vkey> | --keyring <file>] <package.zip>
        <vkey> is a C2SP verifier key, name+keyid+base64key; proof files hold one hex hash a line.
        A package checked without --key or --keyring is checked against the keys it carries, and says so.
        exit 0: valid; 1: invalid (the first line says what failed); 2: unusable arguments or input.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["-h" or "--help" or "help"])
        {
            output.WriteLine(Usage);
            return ExitCode.Valid;
        }
        var report = args.Length == 0 ? Report.Unusable("no command given") : args[0] switch
        {
            "checkpoint" => Checkpoint(args[1..]),
            "inclusion" => Inclusion(args[1..]),
            "consistency" => Consistency(args[1..]),
            "receipt" => Receipt(args[1..]),
            "package" => PackageCommand.Run(args[1..]),
            _ => Report.Unusable($"unknown command '{args[0]}'"),
        };
        if (report.Code == ExitCode.Unusable)
        {
            error.WriteLine($"ledger-verify: {report.Lines[0]}");
            error.WriteLine("run 'ledger-verify --help' for usage");
        }
        else
        {
            foreach (var line in report.Lines)
            {
                output.WriteLine(line);
            }
        }
        return report.Code;
    }

    private static Report Checkpoint(string[] args)
    {
        if (!Read(args, ["--key", "--keyring"], 1, out var a, out var key, out var keyring, out var problem))
        {
            return problem;
        }
        if (!Arguments.TryReadText(a.Positional[0], out var note, out var readError))
        {
            return Report.Unusable(readError);
        }
        var opened = CheckpointVerifier.Open(note, key, keyring);
        if (!opened.IsValid)
        {
            return Report.From(opened, a.Positional[0]);
        }
        return Report.Valid([$"valid: checkpoint signed by {opened.Value!.SignedBy.Handle}", .. Describe(opened.Value)]);
    }

    private static Report Inclusion(string[] args)
    {
        if (!Read(args, ["--key", "--checkpoint", "--leaf-hash", "--index", "--proof"], 0, out var a, out var key, out _, out var problem))
        {
            return problem;
        }
        if (!a.TryRequire("--checkpoint", out var checkpointPath, out var error)
            || !a.TryRequire("--leaf-hash", out var leafHex, out error)
            || !a.TryRequire("--index", out var indexText, out error)
            || !a.TryRequire("--proof", out var proofPath, out error))
        {
            return Report.Unusable(error);
        }
        if (!Arguments.TryParseHex(leafHex, out var leaf))
        {
            return Report.Unusable("--leaf-hash is not hex");
        }
        if (!Arguments.TryParseIndex(indexText, out var index))
        {
            return Report.Unusable($"--index '{indexText}' is not a leaf index");
        }
        if (!Arguments.TryReadText(checkpointPath, out var note, out error) || !Arguments.TryReadProof(proofPath, out var proof, out error))
        {
            return Report.Unusable(error);
        }
        var opened = CheckpointVerifier.Open(note, key);
        if (!opened.IsValid)
        {
            return Report.From(opened, checkpointPath);
        }
        var checkpoint = opened.Value!.Checkpoint;
        var hasher = HasherOf(opened.Value);
        var verdict = MerkleVerifier.VerifyInclusion(hasher, index, checkpoint.Size, leaf, proof, checkpoint.RootHash);
        return verdict.IsValid
            ? Report.Valid([$"valid: leaf {index} is in {checkpoint.Origin} at tree size {checkpoint.Size}", .. Describe(opened.Value)])
            : Report.Invalid($"{proofPath}: {verdict.Failure}");
    }

    private static Report Consistency(string[] args)
    {
        if (!Read(args, ["--key", "--old", "--new", "--proof"], 0, out var a, out var key, out _, out var problem))
        {
            return problem;
        }
        if (!a.TryRequire("--old", out var oldPath, out var error)
            || !a.TryRequire("--new", out var newPath, out error)
            || !a.TryRequire("--proof", out var proofPath, out error))
        {
            return Report.Unusable(error);
        }
        if (!Arguments.TryReadText(oldPath, out var oldNote, out error)
            || !Arguments.TryReadText(newPath, out var newNote, out error)
            || !Arguments.TryReadProof(proofPath, out var proof, out error))
        {
            return Report.Unusable(error);
        }
        var older = CheckpointVerifier.Open(oldNote, key);
        if (!older.IsValid)
        {
            return Report.From(older, oldPath);
        }
        var newer = CheckpointVerifier.Open(newNote, key);
        if (!newer.IsValid)
        {
            return Report.From(newer, newPath);
        }
        var (o, n) = (older.Value!.Checkpoint, newer.Value!.Checkpoint);
        if (o.Origin != n.Origin)
        {
            return Report.Invalid($"{newPath}: origin '{n.Origin}' is not the old checkpoint's '{o.Origin}'");
        }
        var hasher = HasherOf(older.Value);
        if (hasher != HasherOf(newer.Value))
        {
            return Report.Invalid($"{newPath}: suite differs from the old checkpoint's");
        }
        var verdict = MerkleVerifier.VerifyConsistency(hasher, o.Size, n.Size, proof, o.RootHash, n.RootHash);
        return verdict.IsValid
            ? Report.Valid([$"valid: {o.Origin} grew from size {o.Size} to {n.Size} without changing what it held", .. Describe(newer.Value)])
            : Report.Invalid($"{proofPath}: {verdict.Failure}");
    }

    private static Report Receipt(string[] args)
    {
        if (!Read(args, ["--key", "--keyring"], 1, out var a, out var key, out var keyring, out var problem))
        {
            return problem;
        }
        if (!Arguments.TryReadText(a.Positional[0], out var json, out var error))
        {
            return Report.Unusable(error);
        }
        var verified = ReceiptVerifier.Verify(json, key, keyring);
        if (!verified.IsValid)
        {
            return Report.From(verified, a.Positional[0]);
        }
        var r = verified.Value!;
        return Report.Valid(
        [
            $"valid: event {Convert.ToHexStringLower(r.Receipt.EventHash)} is leaf {r.Receipt.Proof.Index} of {r.Block.Origin}",
            $"stream {r.Receipt.Stream}",
            $"version {r.Receipt.Version}",
            $"block {r.Block.Height} at size {r.Block.Size}, sealed {r.Block.Time:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}, signed by {r.SignedBy.Handle}",
            $"suite {r.Block.Suite.Name}",
        ]);
    }

    /// <summary>Reads the options shared by every command: the key, the optional keyring, the positional files.</summary>
    private static bool Read(
        string[] args, string[] allowed, int positional,
        out Arguments a, out VerifierKey key, out Keyring? keyring, out Report problem)
    {
        a = null!;
        key = null!;
        keyring = null;
        problem = null!;
        if (!Arguments.TryParse(args, allowed.ToHashSet(), out var parsed, out var error))
        {
            problem = Report.Unusable(error);
            return false;
        }
        a = parsed;
        if (parsed.Positional.Count != positional)
        {
            problem = Report.Unusable(positional == 0
                ? $"unexpected argument '{parsed.Positional[0]}'"
                : $"expected {positional} file argument(s), got {parsed.Positional.Count}");
            return false;
        }
        if (!parsed.TryRequire("--key", out var vkey, out error))
        {
            problem = Report.Unusable(error);
            return false;
        }
        if (!VerifierKey.TryParse(vkey, out var parsedKey, out var keyError))
        {
            problem = Report.Unusable($"--key: {keyError}");
            return false;
        }
        key = parsedKey;
        if (parsed.Option("--keyring") is { } keyringPath)
        {
            if (!Arguments.TryReadText(keyringPath, out var json, out error) || !Keyring.TryParse(json, out keyring, out error))
            {
                problem = Report.Unusable(error!);
                return false;
            }
        }
        return true;
    }

    /// <summary>A ledger block states its suite; any other checkpoint is RFC 9162 with SHA-256.</summary>
    private static MerkleHasher HasherOf(VerifiedCheckpoint checkpoint) =>
        checkpoint.Block is { } block ? MerkleHasher.For(block.Suite) : MerkleHasher.Intl;

    private static IEnumerable<string> Describe(VerifiedCheckpoint verified)
    {
        var c = verified.Checkpoint;
        yield return $"origin {c.Origin}";
        yield return $"size {c.Size}";
        yield return $"root {Convert.ToBase64String(c.RootHash)}";
        if (verified.Block is { } block)
        {
            yield return $"suite {block.Suite.Name}";
            yield return $"height {block.Height}";
            yield return $"time {block.Time:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}";
        }
    }
}
