using System.Globalization;
using System.Linq;

namespace Alta.Samples.Catalog;

/// <summary>Outputs to human text, leaving out the start/BOS/end positions that the input did not type.</summary>
internal static class OutputFormats
{
    /// <summary>Bits as <c>11001</c>, from <paramref name="skip"/> on.</summary>
    public static string Bits(bool[] outputs, int skip) => new(outputs.Skip(skip).Select(b => b ? '1' : '0').ToArray());

    /// <summary>The parity read at the last position (the end marker).</summary>
    public static string LastBit(bool[] outputs) => outputs[^1] ? "1 (odd)" : "0 (even)";

    /// <summary>The digits without the last position, read as a number (leading zeros dropped).</summary>
    public static string Number(int[] outputs)
    {
        var digits = string.Concat(outputs.Take(outputs.Length - 1)).TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }

    /// <summary>SUBLEQ memory: tokens back to values.</summary>
    public static string Memory(int[] outputs) => string.Join(",", outputs.Select(t => t - Subleq.Zero));

    /// <summary>Numbers after BOS, comma-separated.</summary>
    public static string Numbers(int[] outputs) => string.Join(",", outputs.Skip(1));

    /// <summary>Per-position counts after BOS, space-separated.</summary>
    public static string Counts(int[] outputs) => string.Join(" ", outputs.Skip(1));

    /// <summary>Letters after BOS; token 0 (nothing) as <c>_</c>.</summary>
    public static string Word(int[] outputs) => new(outputs.Skip(1).Select(t => t == 0 ? '_' : (char)('a' + t - 1)).ToArray());

    /// <summary>Fractions after BOS, three decimals.</summary>
    public static string Fractions(double[] outputs) =>
        string.Join(" ", outputs.Skip(1).Select(f => f.ToString("0.###", CultureInfo.InvariantCulture)));

    /// <summary>Dyck-1 states after BOS as <c>P</c>, <c>T</c>, <c>F</c>.</summary>
    public static string Dyck(DyckState[] outputs) =>
        new(outputs.Skip(1).Select(s => s switch { DyckState.Pending => 'P', DyckState.Balanced => 'T', _ => 'F' }).ToArray());
}
