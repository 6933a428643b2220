using Alta.Generators.Spec;

namespace Alta.Generators.Emit;

/// <summary>
/// C# snippets that convert between a variable's C# value and the interpreter's double encoding
/// (categorical value, numerical value, set index; NaN = null).
/// </summary>
internal static class ValueCode
{
    /// <summary>An expression turning <paramref name="value"/> (of the variable's C# type) into a double.</summary>
    public static string Encode(Variable variable, int index, string value) => variable.Type switch
    {
        ValueType.Bool => $"({value} ? 1d : 0d)",
        ValueType.Enum => $"(double)(long){value}",
        ValueType.IndexSet => $"global::Alta.Interpretation.SetValues.IndexOf(InterpretedProgram.Variables[{index}].Sets, {value})",
        ValueType.Int or ValueType.Double or ValueType.Float => $"(double){value}",
    };

    /// <summary>An expression turning the double <paramref name="value"/> back into the variable's C# type.</summary>
    public static string Decode(Variable variable, int index, string value) => variable.Type switch
    {
        ValueType.Bool => $"({value} != 0d)",
        ValueType.Int => $"(int){value}",
        ValueType.Enum => $"({variable.TypeName})(int){value}",
        ValueType.Float => $"(float){value}",
        ValueType.IndexSet => $"InterpretedProgram.Variables[{index}].Sets[(int){value}]",
        ValueType.Double => value,
    };

    /// <summary>As <see cref="Decode"/>, for a head's nullable field.</summary>
    public static string DecodeNullable(Variable variable, int index, string value) =>
        $"(double.IsNaN({value}) ? ({variable.TypeName}?)null : {Decode(variable, index, value)})";
}
