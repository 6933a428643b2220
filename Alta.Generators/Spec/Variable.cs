namespace Alta.Generators.Spec;

/// <summary>The C# type of a variable's field (without the <c>?</c> of a head).</summary>
internal enum ValueType
{
    Bool,
    Int,
    Enum,
    Double,
    Float,
    IndexSet,
}

/// <summary>
/// A variable of the program: an ordinary instance field or a head output (<see cref="IsHead"/>).
/// Values are referred to by <b>value index</b>: the categorical value, the bucket index of a numerical
/// variable, or the index of a set in the variable's list of possible sets. Null (head outputs only) is -1.
/// </summary>
/// <param name="Name">The field name.</param>
/// <param name="Kind">Categorical, numerical or set.</param>
/// <param name="Type">The field's C# type.</param>
/// <param name="TypeName">Fully qualified C# type of a value, without <c>?</c> (e.g. <c>global::Ns.Phase</c>).</param>
/// <param name="Range">Categorical: number of values. Numerical: number of literal centres (0 when <see cref="CentresFrom"/> gives them). Set: element range.</param>
/// <param name="Centres">Numerical: literal bucket centres (empty when given by <see cref="CentresFrom"/>).</param>
/// <param name="CentresFrom">Numerical: the <c>static double[] M()</c> provider, if any.</param>
/// <param name="ValuesFrom">Set: the <c>static IndexSet[] M()</c> provider of possible sets.</param>
/// <param name="ValueNames">Categorical: a display name per value (enum members, false/true, or digits).</param>
/// <param name="Init">How the variable starts.</param>
/// <param name="IsHead">Whether this is an <c>[Attend]</c> head output (nullable, reset after every layer).</param>
internal sealed record Variable(
    string Name,
    VariableKind Kind,
    ValueType Type,
    string TypeName,
    int Range,
    EquatableArray<double> Centres,
    string? CentresFrom,
    string? ValuesFrom,
    EquatableArray<string> ValueNames,
    Initialiser Init,
    bool IsHead);

/// <summary>Where a variable's initial value comes from (docs/language.md, "Initial values", in order of precedence).</summary>
internal enum InitKind
{
    Default,
    Constant,
    Token,
    Position,
}

/// <summary>An initial value source. <paramref name="Method"/> is null for the identity (<c>[FromToken]</c>).</summary>
/// <param name="Kind">The source.</param>
/// <param name="Method">The static initialiser method's name, if any.</param>
/// <param name="Constant">For <see cref="InitKind.Constant"/>: the constant (bool as 0/1, enums by underlying value).</param>
internal sealed record Initialiser(InitKind Kind, string? Method, double Constant)
{
    public static Initialiser Default { get; } = new(InitKind.Default, null, 0);
}

/// <summary>An attention head: how it combines what it reads, the selector it uses, the variable it reads (-1 for a
/// count) and the head output variable it writes. Where its field is declared lives in <see cref="ProgramLocations"/>, not here.</summary>
internal sealed record Head(string Name, HeadKind Kind, int Output, int Value, int Selector);

/// <summary>
/// What a head selects: query and key variables (both -1 for offset-only heads), allowed relative offsets
/// (empty = every position), an optional <c>Where</c> predicate, and which selected position wins when
/// several are selected. Heads with equal selectors share one.
/// </summary>
internal sealed record Selector(int Query, int Key, EquatableArray<int> Offsets, string? Where, Preference Prefer = Preference.None);

/// <summary>Which of several selected positions a categorical head reads: <c>Alta.Preference</c>, same values.</summary>
internal enum Preference
{
    None = 0,
    Nearest = 1,
    Latest = 2,
    Earliest = 3,
}
