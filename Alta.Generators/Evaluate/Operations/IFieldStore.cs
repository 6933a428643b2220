using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>The program's variables as the MLP sees them: instance fields read and written through the executor.</summary>
internal interface IFieldStore
{
    /// <summary>The diagram the field holds now, or null when the field is not a variable.</summary>
    int? Read(IFieldSymbol field, IOperation site);

    /// <summary>Stores <paramref name="value"/> (already masked by the executor); throws <see cref="UnsupportedException"/> when the field may not be written.</summary>
    void Write(IFieldSymbol field, int value, IOperation site);
}
