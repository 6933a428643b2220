using System;

namespace Alta
{
    /// <summary>
    /// Marks the program's <c>Output</c> variable as computed by a linear read-out (a Transformer's unembedding): at every
    /// position it holds the label whose total of votes over every <see cref="VotesAttribute"/> method is largest, the
    /// first label on a tie. The MLP never writes it, and nothing but the read-out reads it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class ReadoutAttribute : Attribute
    {
    }

    /// <summary>
    /// Marks <c>static int M(TVariable value, TOutput label)</c>: the integer vote that each value of the variable gives each
    /// label of the <see cref="ReadoutAttribute"/> output. Evaluated at build time for every (value, label); the votes of
    /// several methods add. A null value (a nullable parameter) gives no votes.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class VotesAttribute : Attribute
    {
        /// <summary>Declares the variable whose value votes.</summary>
        public VotesAttribute(string variable) => Variable = variable;

        /// <summary><c>nameof</c> the categorical variable whose value votes.</summary>
        public string Variable { get; }
    }
}
