using System.Collections.Generic;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Parse;

/// <summary>Reads <c>HaltWhen</c> and <c>HaltValue</c>: the variable and the value index that mean "halted".</summary>
internal static class HaltReader
{
    public static (int Variable, int Value) Read(INamedTypeSymbol type, AttributeReader program, IReadOnlyList<ParsedVariable> variables, List<DiagnosticInfo> diagnostics)
    {
        var name = program.String("HaltWhen");
        var haltValue = program.Named("HaltValue");
        if (name is null)
        {
            if (haltValue is not null)
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHalt, program.LocationOf("HaltValue"), "HaltValue is given but HaltWhen is not; name the halting variable with HaltWhen = nameof(...)"));
            return (-1, 0);
        }
        int index = VariableReader.IndexOf(variables, name);
        if (index < 0)
        {
            if (!VariableReader.WasRejected(type, name)) // else its own error stands alone
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.UnknownVariable, program.LocationOf("HaltWhen"), "HaltWhen", name, type.Name));
            return (-1, 0);
        }
        var variable = variables[index].Variable;
        if (variable.IsHead || variable.Kind != VariableKind.Categorical)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHalt, program.LocationOf("HaltWhen"),
                $"HaltWhen names '{name}', which is {(variable.IsHead ? "a head output" : variable.Kind.ToString().ToLowerInvariant())}; it must be an ordinary bool, enum or categorical int variable"));
            return (-1, 0);
        }
        if (haltValue is not { IsNull: false } constant)
        {
            if (variable.Range < 2)
            {
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHalt, program.LocationOf("HaltWhen"), $"HaltWhen names '{name}', whose range has no value 1; give HaltValue"));
                return (-1, 0);
            }
            return (index, 1);
        }
        var fieldType = variables[index].Field.Type;
        // An int names an enum member by its value (the members are 0..count-1), as the spec's "the value that
        // means halted" allows; a bool variable still needs true or false.
        bool typeMatches = constant.Type is not null && (SymbolEqualityComparer.Default.Equals(constant.Type, fieldType)
            || variable.Type is ValueType.Int or ValueType.Enum && constant.Value is int);
        int value = constant.Value switch { bool b => b ? 1 : 0, int i => i, _ => System.Convert.ToInt32(constant.Value) };
        if (!typeMatches || value < 0 || value >= variable.Range)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHalt, program.LocationOf("HaltValue"),
                $"HaltValue must be a value of '{name}' ({fieldType.ToDisplayString()}, range 0..{variable.Range - 1}), not {constant.Value}"));
            return (-1, 0);
        }
        return (index, value);
    }
}
