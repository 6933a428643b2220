using System;
using System.Collections.Generic;
using System.Text;

namespace Alta;

/// <summary>
/// Every variable at every position, initially and after every layer, as <c>Interpret</c> saw them.
/// Head outputs are recorded as the MLP read them (before their reset to null).
/// </summary>
public sealed class AltaTrace
{
    private readonly List<AltaTraceStep> _steps = new();

    /// <summary>Variable names, in declaration order (set by the interpreter).</summary>
    public IReadOnlyList<string> Variables { get; private set; } = Array.Empty<string>();

    /// <summary>Layer 0 is the initial state; layer k the state after the k-th layer.</summary>
    public IReadOnlyList<AltaTraceStep> Steps => _steps;

    internal void Start(string[] variables)
    {
        Variables = variables;
        _steps.Clear();
    }

    internal void Record(int layer, string[][] valuesByPosition) => _steps.Add(new AltaTraceStep(layer, valuesByPosition));

    /// <summary>One table per step: a row per variable, a column per position.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var step in _steps)
        {
            text.Append(step.Layer == 0 ? "initial" : "after layer " + step.Layer).AppendLine();
            var rows = new List<string[]>();
            var header = new string[step.Values.Length + 1];
            header[0] = "";
            for (int p = 0; p < step.Values.Length; p++) header[p + 1] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(header);
            for (int v = 0; v < Variables.Count; v++)
            {
                var row = new string[step.Values.Length + 1];
                row[0] = Variables[v];
                for (int p = 0; p < step.Values.Length; p++) row[p + 1] = step.Values[p][v];
                rows.Add(row);
            }
            AppendTable(text, rows);
            text.AppendLine();
        }
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
            for (int c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], row[c].Length);
        foreach (var row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (c == 0) text.Append(row[c].PadRight(widths[c]));
                else text.Append("  ").Append(row[c].PadLeft(widths[c]));
            }
            text.AppendLine();
        }
    }
}

/// <summary>The variables after one layer: <c>Values[position][variable]</c>, formatted for display.</summary>
public sealed class AltaTraceStep
{
    internal AltaTraceStep(int layer, string[][] values)
    {
        Layer = layer;
        Values = values;
    }

    /// <summary>0 for the initial state, else the layer just run.</summary>
    public int Layer { get; }

    /// <summary>Display values, <c>[position][variable]</c>; "null" for a null head output.</summary>
    public string[][] Values { get; }
}
