using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>A variable while parsing: its model (completed for heads by <see cref="HeadReader"/>) and its field.</summary>
internal sealed class ParsedVariable(Variable variable, IFieldSymbol field)
{
    public Variable Variable { get; set; } = variable;

    public IFieldSymbol Field { get; } = field;

    public Location? Location => Field.Locations.Length > 0 ? Field.Locations[0] : null;
}
