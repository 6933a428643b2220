using System;
using System.Collections.Generic;

namespace Alta.Interpretation;

/// <summary>Evaluates every head at every position on the values as they stood at the start of the layer.</summary>
internal static class Attention
{
    public static void Apply(InterpretedProgram program, double[] before, double[] after, int n, int layer)
    {
        int width = program.Variables.Length;
        var selected = new List<int>();
        // Of several ambiguous heads, the first head and then the first position is reported, as Run does.
        (int Head, int Position, int[] Selected)? ambiguous = null;
        for (int s = 0; s < program.Selectors.Length; s++)
        {
            var selector = program.Selectors[s];
            for (int i = 0; i < n; i++)
            {
                Select(program, selector, before, n, i, selected);
                for (int h = 0; h < program.Heads.Length; h++)
                {
                    var head = program.Heads[h];
                    if (head.Selector != s) continue;
                    if (selected.Count > 1 && head.Kind == HeadKind.Categorical)
                    {
                        if (ambiguous is not { } known || h < known.Head || (h == known.Head && i < known.Position))
                            ambiguous = (h, i, selected.ToArray());
                        continue;
                    }
                    after[i * width + head.Output] = Read(program, head, before, selected);
                }
            }
        }
        if (ambiguous is { } first)
            throw ProgramErrors.Ambiguous(program.Variables[program.Heads[first.Head].Output].Name, first.Selected, first.Position, layer);
    }

    private static void Select(InterpretedProgram program, InterpretedSelector selector, double[] state, int n, int i, List<int> selected)
    {
        int width = program.Variables.Length;
        selected.Clear();
        for (int j = 0; j < n; j++)
        {
            if (selector.Offsets is { } offsets && Array.IndexOf(offsets, j - i) < 0) continue;
            if (selector.Query >= 0 && !Matches(program, selector, state[i * width + selector.Query], state[j * width + selector.Key])) continue;
            selected.Add(j);
        }
        if (selected.Count > 1 && selector.Prefer != Preference.None)
        {
            int best = Preferred(selector.Prefer, selected, i);
            selected.Clear();
            selected.Add(best);
        }
    }

    /// <summary>The preferred one of several selected positions (ascending): the nearest to i (the earlier one of
    /// two at the same distance), the latest or the earliest.</summary>
    private static int Preferred(Preference prefer, List<int> selected, int i)
    {
        switch (prefer)
        {
            case Preference.Latest: return selected[selected.Count - 1];
            case Preference.Earliest: return selected[0];
            case Preference.Nearest:
                int best = selected[0];
                foreach (var j in selected)
                    if (Math.Abs(j - i) < Math.Abs(best - i)) best = j;
                return best;
            default: throw new ArgumentOutOfRangeException(nameof(prefer), prefer, "Unknown preference.");
        }
    }

    private static bool Matches(InterpretedProgram program, InterpretedSelector selector, double query, double key)
    {
        if (selector.Where is { } where) return where(query, key);
        var queryVariable = program.Variables[selector.Query];
        return SelectorRelation.Selects(queryVariable.Kind, (int)query, queryVariable.Kind == VariableKind.Set ? queryVariable.Sets[(int)query] : default, (int)key);
    }

    private static double Read(InterpretedProgram program, InterpretedHead head, double[] state, List<int> selected)
    {
        if (head.Kind == HeadKind.Count) return selected.Count; // RASP's selector width: 0 when nothing is selected
        if (selected.Count == 0) return double.NaN;
        return head.Kind switch
        {
            HeadKind.Categorical => state[selected[0] * program.Variables.Length + head.Value],
            HeadKind.Numerical => Mean(program, head, state, selected),
            HeadKind.Count => selected.Count,
        };
    }

    /// <summary>
    /// Exactly the compiled attention's arithmetic, so a mean on a bucket boundary is read alike by Run: each
    /// selected position has the softmax weight 1f / k (its logit is the maximum, exp(0) = 1, over a sum of k
    /// ones; the sink adds exactly 0), and the weighted float32 values are added in ascending position order.
    /// </summary>
    private static double Mean(InterpretedProgram program, InterpretedHead head, double[] state, List<int> selected)
    {
        int width = program.Variables.Length;
        float weight = 1f / selected.Count;
        float mean = 0f;
        foreach (var j in selected) mean += (float)state[j * width + head.Value] * weight;
        return mean;
    }
}
