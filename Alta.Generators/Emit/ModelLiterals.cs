using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Alta.Generators.Emit;

/// <summary>Numbers and strings as C# literals: culture-invariant and round-trip exact.</summary>
internal static class ModelLiterals
{
    public static string Float(float value)
    {
        if (float.IsNaN(value)) return "float.NaN";
        if (float.IsPositiveInfinity(value)) return "float.PositiveInfinity";
        if (float.IsNegativeInfinity(value)) return "float.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        // "R" is not round-trip on every runtime the generator may run on; G9 always is.
        if (float.Parse(text, CultureInfo.InvariantCulture) != value) text = value.ToString("G9", CultureInfo.InvariantCulture);
        return text + "f";
    }

    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(text, CultureInfo.InvariantCulture) != value) text = value.ToString("G17", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary><c>new T[] { a, b, ... }</c> on one line (short lists).</summary>
    public static string Array<T>(string type, IEnumerable<T> items, System.Func<T, string> literal) =>
        "new " + type + "[] { " + string.Join(", ", items.Select(literal)) + " }";

    /// <summary>Writes a constant table as an expression-bodied <c>ReadOnlySpan</c> property: read-only data, no allocation.</summary>
    public static void Table<T>(IndentedWriter writer, string elementType, string name, IReadOnlyList<T> items, System.Func<T, string> literal)
    {
        if (items.Count <= 16)
        {
            writer.Line($"private static global::System.ReadOnlySpan<{elementType}> {name} => {Array(elementType, items, literal)};");
            return;
        }
        writer.Line($"private static global::System.ReadOnlySpan<{elementType}> {name} => new {elementType}[]");
        writer.Line("{");
        writer.Indent();
        // Indexed, not Skip/Take: the tables are tens of thousands of entries and Skip over a plain
        // IReadOnlyList walks from the start every time.
        var line = new System.Text.StringBuilder();
        for (int start = 0; start < items.Count; start += 16)
        {
            line.Clear();
            for (int i = start; i < System.Math.Min(start + 16, items.Count); i++) line.Append(literal(items[i])).Append(", ");
            writer.Line(line.ToString(0, line.Length - 1));
        }
        writer.Outdent();
        writer.Line("};");
    }
}
