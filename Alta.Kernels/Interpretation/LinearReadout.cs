using System;

namespace Alta.Interpretation;

/// <summary>
/// The linear read-out of docs/language.md, "`[Readout]` and `[Votes]`: a linear read-out": the label whose total of votes over every
/// <c>[Votes]</c> method is largest, the first (lowest) label on a tie. A null value gives no votes.
/// </summary>
public static class LinearReadout
{
    /// <summary>The read-out label of one position's values.</summary>
    public static double Label(InterpretedProgram program, ReadOnlySpan<double> row)
    {
        int labels = program.Variables[program.Output].Range;
        Span<long> totals = labels <= 256 ? stackalloc long[labels] : new long[labels];
        totals.Clear();
        foreach (var votes in program.Votes)
        {
            double value = row[votes.Variable];
            if (double.IsNaN(value)) continue;
            for (int label = 0; label < labels; label++) totals[label] += votes.Votes(value, label);
        }
        int best = 0;
        for (int label = 1; label < labels; label++)
            if (totals[label] > totals[best]) best = label;
        return best;
    }
}
