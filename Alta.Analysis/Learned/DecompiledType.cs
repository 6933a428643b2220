using System.Collections.Generic;
using System.Globalization;

namespace Alta.Analysis.Learned;

/// <summary>
/// The C# type of a decompiled variable: an enum (tokens, classes) whose members name the values, or a
/// categorical int with its range. <see cref="Literal"/> writes a value of the type.
/// </summary>
internal sealed record DecompiledType(string Name, int Range, IReadOnlyList<string>? Members)
{
    public static DecompiledType Int(int range) => new("int", range, null);

    public bool IsEnum => Members is not null;

    public string Literal(int value) => Members is null ? value.ToString(CultureInfo.InvariantCulture) : $"{Name}.{Members[value]}";

    /// <summary>The attribute an int variable needs, or nothing for an enum.</summary>
    public string Attribute => Members is null ? $"[Categorical({Range})] " : "";
}
