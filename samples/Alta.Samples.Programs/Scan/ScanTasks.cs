using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace Alta.Samples;

/// <summary>The SCAN files that travel with this assembly (see <c>Scan/Data/README.md</c>).</summary>
public enum ScanSplit
{
    /// <summary>All 20,910 commands (<c>tasks.txt</c>).</summary>
    All,

    /// <summary>The test half of the random split.</summary>
    Simple,

    /// <summary>The test half of the length split (24 to 48 actions).</summary>
    Length,

    /// <summary>The test half of the add-primitive "jump" split.</summary>
    AddPrimJump,
}

/// <summary>One line of a SCAN file: a command and its actions, as text.</summary>
public sealed record ScanTask(string Command, string Actions);

/// <summary>Reads the SCAN files embedded in this assembly.</summary>
public static class ScanTasks
{
    /// <summary>Every line of the split's file, in file order.</summary>
    public static IReadOnlyList<ScanTask> Load(ScanSplit split)
    {
        var name = split switch
        {
            ScanSplit.All => "tasks.txt.gz",
            ScanSplit.Simple => "tasks_test_simple.txt.gz",
            ScanSplit.Length => "tasks_test_length.txt.gz",
            ScanSplit.AddPrimJump => "tasks_test_addprim_jump.txt.gz",
            _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown SCAN split."),
        };
        using var resource = typeof(ScanTasks).Assembly.GetManifestResourceStream("scan/" + name)
            ?? throw new InvalidOperationException($"The SCAN file {name} is not embedded in this assembly.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var tasks = new List<ScanTask>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            tasks.Add(Parse(line, name, tasks.Count + 1));
        }
        return tasks;
    }

    private static ScanTask Parse(string line, string file, int number)
    {
        const string In = "IN: ", Out = " OUT: ";
        int split = line.IndexOf(Out, StringComparison.Ordinal);
        if (!line.StartsWith(In, StringComparison.Ordinal) || split < 0)
            throw new InvalidDataException($"{file} line {number} is not 'IN: <command> OUT: <actions>': {line}");
        return new ScanTask(line[In.Length..split].Trim(), line[(split + Out.Length)..].Trim());
    }
}
