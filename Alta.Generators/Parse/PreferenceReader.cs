using System.Collections.Generic;
using Alta.Generators.Diagnostics;
using Alta.Generators.Compile;
using Alta.Generators.Spec;

namespace Alta.Generators.Parse;

/// <summary>
/// Reads <c>Prefer</c> of an <c>[Attend]</c> head. A preference picks one of several selected positions, so it
/// only means something for a categorical head (a numerical head averages them all); it is compiled from the
/// positions' indices, so it needs <c>MaxLength</c>, and only up to the length where its scores stay exact.
/// </summary>
internal static class PreferenceReader
{
    /// <summary>The head's preference, or null after reporting why it cannot have it.</summary>
    public static Preference? Read(ParsedVariable head, int maxLength, List<DiagnosticInfo> diagnostics)
    {
        var attend = AttributeReader.Find(head.Field, "AttendAttribute")!;
        int raw = attend.Int("Prefer", 0);
        if (raw == 0) return Preference.None;
        var location = attend.LocationOf("Prefer");
        string name = head.Variable.Name;
        if (raw is < 0 or > 3)
            return Fail(diagnostics, location, name, $"has Prefer = {raw}, which is not a Preference");
        var prefer = (Preference)raw;
        if (attend.Int("Aggregate", 0) != 0)
            return Fail(diagnostics, location, name, $"counts the selected positions and has Prefer = {prefer}; a count takes every selected position, so remove one of them");
        if (head.Variable.Kind != VariableKind.Categorical)
            return Fail(diagnostics, location, name, $"is {head.Variable.Kind.ToString().ToLowerInvariant()} and has Prefer = {prefer}; a preference picks one position, so it applies to categorical heads (a numerical head averages the selected positions)");
        if (maxLength <= 0)
            return Fail(diagnostics, location, name, $"has Prefer = {prefer}, which is compiled from the positions' indices; give the program a MaxLength");
        int limit = PreferenceScores.ExactUpToLength(prefer);
        if (maxLength > limit)
            return Fail(diagnostics, location, name, $"has Prefer = {prefer}, whose attention scores stay exact in float32 only up to length {limit}; MaxLength is {maxLength}");
        return prefer;
    }

    private static Preference? Fail(List<DiagnosticInfo> diagnostics, Microsoft.CodeAnalysis.Location? location, string head, string problem)
    {
        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHead, location, head, problem));
        return null;
    }
}
