using System;

namespace Alta
{
    /// <summary>
    /// Declares an attention head. The field's type is the nullable form of the value variable's type and
    /// receives, at every position, the selected value (categorical), the mean of the selected values
    /// (numerical), or <c>null</c> when nothing is selected.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class AttendAttribute : Attribute
    {
        /// <summary><c>nameof</c> the query variable (categorical or set); give both Query and Key or neither.</summary>
        public string? Query { get; set; }

        /// <summary><c>nameof</c> the key variable (categorical).</summary>
        public string? Key { get; set; }

        /// <summary><c>nameof</c> the variable that is read at the selected positions. Required, except for a count.</summary>
        public string? Value { get; set; }

        /// <summary>Allowed relative positions <c>j - i</c>; empty or absent means every position.</summary>
        public int[]? Offsets { get; set; }

        /// <summary>A causal head: only positions <c>j &lt;= i</c> (the offsets <c>-(MaxLength-1) .. 0</c>). Needs <c>MaxLength</c>
        /// unless <see cref="MinOffset"/> is given.</summary>
        public bool Causal { get; set; }

        /// <summary>The smallest allowed <c>j - i</c> of an offset range (default <c>-(MaxLength-1)</c>); e.g. <c>MaxOffset = -1</c>
        /// alone selects the positions before mine.</summary>
        public int MinOffset { get; set; }

        /// <summary>The largest allowed <c>j - i</c> of an offset range (default 0 for a causal head, else <c>MaxLength-1</c>).</summary>
        public int MaxOffset { get; set; }

        /// <summary><c>nameof</c> a <c>static int[] M()</c> evaluated at build time that gives the allowed offsets.</summary>
        public string? OffsetsFrom { get; set; }

        /// <summary><c>nameof</c> a <c>static bool P(TQuery q, TKey k)</c> evaluated at build time into the query-key matrix.</summary>
        public string? Where { get; set; }

        /// <summary>
        /// For categorical heads: when several positions are selected, read the nearest, latest or earliest of them
        /// instead of failing. Needs <c>MaxLength</c>.
        /// </summary>
        public Preference Prefer { get; set; }

        /// <summary>
        /// <see cref="Aggregation.Count"/> makes the head count the selected positions (RASP's selector width) instead
        /// of reading a value: declare it <c>int?</c>, without <c>Value</c>.
        /// </summary>
        public Aggregation Aggregate { get; set; }
    }

    /// <summary>Marks the one instance method (void, no parameters) that is the program's MLP.</summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class MlpAttribute : Attribute
    {
    }
}
