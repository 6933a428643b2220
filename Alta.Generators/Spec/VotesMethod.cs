namespace Alta.Generators.Spec;

/// <summary>
/// A <c>[Votes]</c> method of a program with a linear read-out: <c>static int Method(value of Variable, label)</c>, the
/// vote each value of <paramref name="Variable"/> gives each label of the read-out output.
/// </summary>
/// <param name="Method">The static method's name (qualified when it lives in another class).</param>
/// <param name="Variable">The index of the variable whose value votes.</param>
/// <param name="NullableValue">Whether the method takes the value as <c>T?</c> (then a null value gives no votes).</param>
internal sealed record VotesMethod(string Method, int Variable, bool NullableValue);
