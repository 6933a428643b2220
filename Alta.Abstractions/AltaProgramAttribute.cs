using System;

namespace Alta
{
    /// <summary>
    /// Marks a <c>partial class</c> as an ALTA program. The source generator checks the class at build time
    /// and adds <c>Model</c>, <c>Run</c> and <c>Interpret</c> to it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
    public sealed class AltaProgramAttribute : Attribute
    {
        /// <summary>Token ids are <c>0 .. Vocabulary-1</c>. Required.</summary>
        public int Vocabulary { get; set; }

        /// <summary>Largest sequence length with position embeddings; 0 (default) means the program uses no position-initialised variable.</summary>
        public int MaxLength { get; set; }

        /// <summary><c>nameof</c> the output variable. Required.</summary>
        public string? Output { get; set; }

        /// <summary><c>nameof</c> a bool, enum or categorical int variable whose value <see cref="HaltValue"/> at every position stops the run.</summary>
        public string? HaltWhen { get; set; }

        /// <summary>The value of <see cref="HaltWhen"/> that means "halted" (default: <c>true</c>, <c>1</c>, or the enum member whose value is 1).</summary>
        public object? HaltValue { get; set; }

        /// <summary>Default layer budget of a run (default 64).</summary>
        public int MaxLayers { get; set; } = 64;
    }
}
