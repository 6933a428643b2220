using System;

namespace Alta.Interpretation;

/// <summary>
/// A program as the interpreter needs it, built by generated code. Values travel as doubles:
/// the categorical value, the numerical value, or the index of a set in <see cref="InterpretedVariable.Sets"/>;
/// <see cref="double.NaN"/> is null.
/// </summary>
public sealed class InterpretedProgram
{
    /// <summary>Describes a program.</summary>
    public InterpretedProgram(
        string name, int vocabulary, int maxLength, int maxLayers,
        InterpretedVariable[] variables, InterpretedHead[] heads, InterpretedSelector[] selectors,
        int output, int haltWhen, double haltValue)
    {
        Name = name;
        Vocabulary = vocabulary;
        MaxLength = maxLength;
        MaxLayers = maxLayers;
        Variables = variables;
        Heads = heads;
        Selectors = selectors;
        Output = output;
        HaltWhen = haltWhen;
        HaltValue = haltValue;
    }

    /// <summary>The program class's name.</summary>
    public string Name { get; }

    /// <summary>Token ids are 0 .. Vocabulary-1.</summary>
    public int Vocabulary { get; }

    /// <summary>Largest input length, or 0 for any length.</summary>
    public int MaxLength { get; }

    /// <summary>Default layer budget.</summary>
    public int MaxLayers { get; }

    /// <summary>Every variable, ordinary ones and head outputs, in declaration order.</summary>
    public InterpretedVariable[] Variables { get; }

    /// <summary>The attention heads.</summary>
    public InterpretedHead[] Heads { get; }

    /// <summary>The selectors the heads use.</summary>
    public InterpretedSelector[] Selectors { get; }

    /// <summary>Index of the output variable.</summary>
    public int Output { get; }

    /// <summary>Index of the halting variable, or -1.</summary>
    public int HaltWhen { get; }

    /// <summary>The value of the halting variable that means halted.</summary>
    public double HaltValue { get; }

    /// <summary>The states in which the MLP fails (found at build time); checked before the MLP runs.</summary>
    public ProgramGuard[] Guards { get; init; } = [];

    /// <summary>The <c>[Votes]</c> methods when <see cref="Output"/> is a linear read-out (<c>[Readout]</c>); empty otherwise.</summary>
    public InterpretedVotes[] Votes { get; init; } = [];

    /// <summary>Whether the output is computed by a linear read-out from the other variables.</summary>
    public bool HasReadout => Votes.Length > 0;
}

/// <summary>A variable: its kind and range, bucket centres (numerical) or possible sets (set).</summary>
public sealed class InterpretedVariable
{
    /// <summary>Describes a variable (for numerical variables the range is the number of centres).</summary>
    public InterpretedVariable(string name, VariableKind kind, int range, double[]? centres, IndexSet[]? sets, string[]? valueNames, bool isHead)
    {
        Name = name;
        Kind = kind;
        Centres = centres ?? Array.Empty<double>();
        Range = kind == VariableKind.Numerical ? Centres.Length : range;
        Sets = sets ?? Array.Empty<IndexSet>();
        ValueNames = valueNames;
        IsHead = isHead;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>Categorical, numerical or set.</summary>
    public VariableKind Kind { get; }

    /// <summary>Categorical: number of values. Set: element range. Numerical: number of buckets.</summary>
    public int Range { get; }

    /// <summary>Numerical: bucket centres, ascending.</summary>
    public double[] Centres { get; }

    /// <summary>Set: the possible sets.</summary>
    public IndexSet[] Sets { get; }

    /// <summary>Categorical: display names of the values (enum members, false/true), or null for numbers.</summary>
    public string[]? ValueNames { get; }

    /// <summary>Whether this is a head output.</summary>
    public bool IsHead { get; }
}

/// <summary>A head: how it combines what it reads, the variable it reads, the head output it writes, and its selector.</summary>
public sealed class InterpretedHead
{
    /// <summary>Describes a head.</summary>
    public InterpretedHead(HeadKind kind, int output, int value, int selector)
    {
        Kind = kind;
        Output = output;
        Value = value;
        Selector = selector;
    }

    /// <summary>How the head combines the selected values.</summary>
    public HeadKind Kind { get; }

    /// <summary>Index of the head output variable.</summary>
    public int Output { get; }

    /// <summary>Index of the variable read at selected positions, or -1 for a count.</summary>
    public int Value { get; }

    /// <summary>Index of the selector.</summary>
    public int Selector { get; }
}

/// <summary>Which positions a head selects: query/key variables, offsets, and a predicate.</summary>
public sealed class InterpretedSelector
{
    /// <summary>Describes a selector. <paramref name="where"/> decides whether a (query, key) pair selects;
    /// null means equality (categorical query) or membership (set query). <paramref name="prefer"/> picks one of
    /// several selected positions.</summary>
    public InterpretedSelector(int query, int key, int[]? offsets, Func<double, double, bool>? where, Preference prefer = Preference.None)
    {
        Query = query;
        Key = key;
        Offsets = offsets is { Length: > 0 } ? offsets : null;
        Where = where;
        Prefer = prefer;
    }

    /// <summary>Which of several selected positions is read: none (an error for categorical heads), nearest, latest, earliest.</summary>
    public Preference Prefer { get; }

    /// <summary>Query variable, or -1 for an offset-only selector.</summary>
    public int Query { get; }

    /// <summary>Key variable, or -1.</summary>
    public int Key { get; }

    /// <summary>Allowed <c>j - i</c>, or null for every position.</summary>
    public int[]? Offsets { get; }

    /// <summary>The predicate, or null.</summary>
    public Func<double, double, bool>? Where { get; }
}

/// <summary>
/// What generated code provides to the interpreter: the class's own initialisers and MLP method.
/// </summary>
public interface IInterpreterHost
{
    /// <summary>Writes every ordinary variable's initial value for this token and position (heads are set to null by the interpreter).</summary>
    void Initialise(int token, int position, Span<double> values);

    /// <summary>Loads the values into an instance of the program class, runs its <c>[Mlp]</c> method, and stores the values back.
    /// A set value that is not among the variable's possible sets is stored as -1.</summary>
    void Step(Span<double> values);
}
