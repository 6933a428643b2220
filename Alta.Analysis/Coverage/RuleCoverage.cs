using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Alta.Analysis.Forward;
using Alta.Analysis.Traces;

namespace Alta.Analysis.Coverage;

/// <summary>
/// How often each rule of the compiled feed-forward block fires over a trace (every layer and position of
/// every input), and which residual dimensions the block's inputs ever used. A rule the data never
/// exercises cannot be learned from it; an input dimension never seen (say <c>Idx=12</c> when training only
/// on 8 bits) leaves the learned block's behaviour there to chance.
/// </summary>
public sealed class RuleCoverage
{
    RuleCoverage(RuleTable table, long[] counts, int evaluations, bool[] dimensionsSeen, ModelLayout layout, HashSet<double>[] valuesSeen)
    {
        ValuesSeen = valuesSeen;
        Table = table;
        Counts = counts;
        Evaluations = evaluations;
        DimensionsSeen = dimensionsSeen;
        Layout = layout;
    }

    public RuleTable Table { get; }

    /// <summary>Firings per rule, in the order of <see cref="RuleTable.Rules"/>.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Feed-forward evaluations counted (trace rows).</summary>
    public int Evaluations { get; }

    /// <summary>Per residual dimension: whether any trace input had it non-zero.</summary>
    public IReadOnlyList<bool> DimensionsSeen { get; }

    public ModelLayout Layout { get; }

    /// <summary>Per variable: the values (as <c>AltaModel.Read</c> gives them; NaN = null) the block's inputs held.</summary>
    public IReadOnlyList<HashSet<double>> ValuesSeen { get; }

    public int Exercised => Counts.Count(c => c > 0);

    public IEnumerable<Rule> NeverExercised => Table.Rules.Where((_, k) => Counts[k] == 0);

    /// <summary>Runs the compiled block on every trace row and counts the rule units that fire.</summary>
    public static RuleCoverage Measure(AltaModel model, FeedForwardTrace trace)
    {
        var table = RuleTable.FromModel(model);
        var counts = new long[table.Rules.Count];
        var block = new CompiledFeedForward(model);
        int width = model.Weights.FeedForward[table.RuleLayer].Width;
        block.HiddenObserver = (layer, hidden, positions) =>
        {
            if (layer != table.RuleLayer) return;
            for (int r = 0; r < table.Rules.Count; r++)
            {
                int unit = table.Rules[r].Unit;
                for (int i = 0; i < positions; i++)
                    if (hidden[i * width + unit] > 0.5f) counts[r]++;
            }
        };
        var delta = new float[trace.Inputs.Data.Length];
        block.Apply(trace.Inputs.Data, delta, trace.Rows);

        var seen = new bool[model.Layout.ModelWidth];
        var values = Array.ConvertAll(model.Layout.Variables, _ => new HashSet<double>());
        for (int i = 0; i < trace.Rows; i++)
        {
            var row = trace.Inputs.Row(i);
            for (int k = 0; k < seen.Length; k++)
                if (row[k] != 0f) seen[k] = true;
            for (int v = 0; v < values.Length; v++)
                values[v].Add(Snap(model.Layout.Variables[v], model.Read(v, row)));
        }
        return new RuleCoverage(table, counts, trace.Rows, seen, model.Layout, values);
    }

    /// <summary>A report: totals, per variable, the rules never exercised, and the input dimensions never used.</summary>
    public string Report(bool listEveryRule = false)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"rules exercised: {Exercised} of {Table.Rules.Count} ({Percent(Exercised, Table.Rules.Count)}) over {Evaluations} feed-forward evaluations").AppendLine();
        foreach (var variable in Table.Rules.SelectMany(r => r.Variables).Distinct())
        {
            var indices = Enumerable.Range(0, Table.Rules.Count).Where(k => Table.Rules[k].Variables.Contains(variable)).ToArray();
            int exercised = indices.Count(k => Counts[k] > 0);
            text.Append(inv, $"  {variable}: {exercised} of {indices.Length} rules, {indices.Sum(k => Counts[k])} firings").AppendLine();
        }
        var missing = NeverExercised.ToList();
        if (missing.Count > 0)
        {
            text.AppendLine("never exercised:");
            // A long list hides the summary; --all (listEveryRule) shows them all with their counts.
            int shown = listEveryRule ? 0 : Math.Min(missing.Count, 20);
            foreach (var rule in missing.Take(shown)) text.Append("  ").Append(rule).AppendLine();
            if (shown < missing.Count) text.Append(inv, $"  ... {missing.Count - shown} more{(listEveryRule ? " (count 0 below)" : "")}").AppendLine();
        }
        if (listEveryRule)
        {
            text.AppendLine("every rule (firings):");
            for (int k = 0; k < Table.Rules.Count; k++) text.Append(inv, $"  {Counts[k],8}  {Table.Rules[k]}").AppendLine();
        }
        var unseen = UnseenDimensions();
        text.Append(inv, $"input dimensions never used: {unseen.Count} of {Layout.ModelWidth}");
        if (unseen.Count > 0) text.Append(": ").Append(string.Join(", ", unseen.Take(12))).Append(unseen.Count > 12 ? ", ..." : "");
        text.AppendLine();
        for (int v = 0; v < Layout.Variables.Length; v++)
        {
            var never = UnseenValues(v);
            if (never.Count == 0) continue;
            text.Append(inv, $"  {Layout.Variables[v].Name}: {never.Count} of {PossibleValues(Layout.Variables[v]).Count} values never read: ")
                .Append(string.Join(", ", never.Take(10))).Append(never.Count > 10 ? ", ..." : "").AppendLine();
        }
        return text.ToString();
    }

    /// <summary>The values of variable <paramref name="variable"/> that no trace input held, by name.</summary>
    public List<string> UnseenValues(int variable)
    {
        var slice = Layout.Variables[variable];
        return PossibleValues(slice).Where(value => !ValuesSeen[variable].Contains(value.Raw)).Select(value => value.Name).ToList();
    }

    // A head's mean is read raw; its bucket centre names the value.
    static double Snap(VariableSlice variable, double value) =>
        variable.Kind == Alta.Interpretation.VariableKind.Numerical && variable.Centres.Length > 0 && !double.IsNaN(value)
            ? variable.Centres[Alta.Interpretation.Buckets.Of(variable.Centres, value)]
            : value;

    // Every value as Read reports it (the value index, the centre, the set index; NaN for null heads).
    static List<(double Raw, string Name)> PossibleValues(VariableSlice variable)
    {
        var values = new List<(double, string)>();
        if (variable.IsHead) values.Add((double.NaN, "null"));
        int count = variable.Kind switch
        {
            Alta.Interpretation.VariableKind.Categorical => variable.Width,
            Alta.Interpretation.VariableKind.Numerical => variable.Centres.Length,
            _ => variable.Sets.Length,
        };
        for (int k = 0; k < count; k++)
        {
            double raw = variable.Kind == Alta.Interpretation.VariableKind.Numerical ? variable.Centres[k] : k;
            values.Add((raw, RuleTable.ValueName(variable, k)));
        }
        return values;
    }

    /// <summary>Names of residual dimensions that no trace input used (null-only head slices excluded: zero is their value).</summary>
    public List<string> UnseenDimensions() =>
        Enumerable.Range(1, Layout.ModelWidth - 1).Where(k => !DimensionsSeen[k]).Select(Layout.DimensionName).ToList();

    static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
