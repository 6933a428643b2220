using System.Collections.Generic;
using Alta.Generators.Diagnostics;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>
/// Completes the output of a count head (<c>Aggregate = Aggregation.Count</c>): an <c>int?</c> holding the number
/// of selected positions, a categorical in <c>0 .. MaxLength</c>. The range comes from MaxLength, so a program
/// that counts needs one.
/// </summary>
internal static class CountReader
{
    public static bool CompleteOutput(ParsedVariable head, int maxLength, AttributeReader attend, List<DiagnosticInfo> diagnostics)
    {
        var name = head.Variable.Name;
        if (TypeClassifier.UnderlyingOfNullable(head.Field.Type) is not { SpecialType: SpecialType.System_Int32 })
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHead, head.Location, name,
                $"counts the selected positions (Aggregate = Count), so its type is int?, not {head.Field.Type.ToDisplayString()}"));
            return false;
        }
        if (maxLength <= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHead, attend.LocationOf("Aggregate"), name,
                "counts the selected positions, a value in 0 .. MaxLength; give the program a MaxLength"));
            return false;
        }
        head.Variable = head.Variable with
        {
            Kind = VariableKind.Categorical,
            Type = ValueType.Int,
            TypeName = "int",
            Range = maxLength + 1,
            Centres = EquatableArray<double>.Empty,
            CentresFrom = null,
            ValueNames = EquatableArray<string>.Empty,
        };
        return true;
    }
}
