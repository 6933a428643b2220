using System;

namespace Alta
{
    /// <summary>An <c>int</c> variable with values <c>0 .. range-1</c>.</summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class CategoricalAttribute : Attribute
    {
        /// <summary>Declares a categorical variable with values <c>0 .. range-1</c>.</summary>
        public CategoricalAttribute(int range) => Range = range;

        /// <summary>Number of values.</summary>
        public int Range { get; }
    }

    /// <summary>
    /// A <c>double</c>/<c>float</c> variable (or numerical head output) whose values fall into buckets given by their centres.
    /// A value belongs to the bucket with the nearest centre; ties go to the lower bucket.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class NumericalAttribute : Attribute
    {
        /// <summary>Declares the bucket centres, ascending.</summary>
        public NumericalAttribute(params double[] centres) => Centres = centres;

        /// <summary>The bucket centres, ascending (empty when <see cref="CentresFrom"/> is used).</summary>
        public double[] Centres { get; }

        /// <summary><c>nameof</c> a <c>static double[] M()</c> evaluated at build time that returns the centres.</summary>
        public string? CentresFrom { get; set; }
    }

    /// <summary>An <see cref="IndexSet"/> variable (used as an attention query) over elements <c>0 .. range-1</c>.</summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class SetAttribute : Attribute
    {
        /// <summary>Declares a set variable over <c>0 .. range-1</c>.</summary>
        public SetAttribute(int range) => Range = range;

        /// <summary>Number of possible elements.</summary>
        public int Range { get; }

        /// <summary><c>nameof</c> a <c>static IndexSet[] M()</c> evaluated at build time that lists every set the variable may hold.</summary>
        public string? ValuesFrom { get; set; }
    }

    /// <summary>Initialises the variable from the token id: the id itself, or <c>static T F(int token)</c>.</summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class FromTokenAttribute : Attribute
    {
        /// <summary>The variable starts as the token id.</summary>
        public FromTokenAttribute() { }

        /// <summary>The variable starts as <c>F(token)</c>.</summary>
        public FromTokenAttribute(string method) => Method = method;

        /// <summary><c>nameof</c> the initialiser, or null for the identity.</summary>
        public string? Method { get; }
    }

    /// <summary>Initialises the variable from the position index: the index itself, or <c>static T G(int position)</c>. Needs <c>MaxLength &gt; 0</c>.</summary>
    [AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    public sealed class FromPositionAttribute : Attribute
    {
        /// <summary>The variable starts as the position index.</summary>
        public FromPositionAttribute() { }

        /// <summary>The variable starts as <c>G(position)</c>.</summary>
        public FromPositionAttribute(string method) => Method = method;

        /// <summary><c>nameof</c> the initialiser, or null for the identity.</summary>
        public string? Method { get; }
    }
}
