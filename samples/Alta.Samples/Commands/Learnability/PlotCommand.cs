using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Alta.Analysis.Experiments;

namespace Alta.Samples.Commands.Learnability;

/// <summary><c>plot --out FILE.svg [--title TEXT] A.csv B.csv ...</c>: accuracy by length from <c>learn-mlp --csv</c> files, one line per file.</summary>
internal static class PlotCommand
{
    public static int Execute(IReadOnlyList<string> args)
    {
        string? output = null;
        string title = "Trace supervision: accuracy by input length";
        var files = new List<string>();
        for (int k = 0; k < args.Count; k++)
        {
            if (args[k] == "--out" && k + 1 < args.Count) output = args[++k];
            else if (args[k] == "--title" && k + 1 < args.Count) title = args[++k];
            else if (args[k].StartsWith("--", StringComparison.Ordinal)) throw new InputException($"'plot' takes --out FILE and CSV files, not '{args[k]}'.");
            else files.Add(args[k]);
        }
        if (output is null || files.Count == 0) throw new InputException("'plot' needs --out FILE.svg and at least one CSV written by 'learn-mlp --csv'.");
        var series = files.Select(Read).ToList();
        File.WriteAllText(output, AccuracyPlot.Svg(series, title,
            "re-encoded after each layer", "raw learned block"));
        Console.WriteLine($"{series.Count} series -> {output}");
        return 0;
    }

    static AccuracyPlot.Series Read(string file)
    {
        if (!File.Exists(file)) throw new InputException($"The CSV '{file}' does not exist.");
        var rows = File.ReadAllLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        if (rows.Count == 0 || rows.Any(r => r.Length != 4)) throw new InputException($"'{file}' is not a 'series,length,raw,reencoded' CSV.");
        var inv = CultureInfo.InvariantCulture;
        return new AccuracyPlot.Series(rows[0][0],
            rows.Select(r => (int.Parse(r[1], inv), double.Parse(r[3], inv), double.Parse(r[2], inv))).ToList());
    }
}
