using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>A construct outside the build-time subset (docs/language.md, "What the MLP may contain"): becomes an error at its location.</summary>
internal sealed class UnsupportedException : Exception
{
    public UnsupportedException(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        : base(string.Join(": ", arguments))
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;
    public Location? Location { get; }
    public string[] Arguments { get; }
}

/// <summary>Every construct of one evaluation that is outside the build-time subset.</summary>
internal sealed class RejectedException : Exception
{
    public RejectedException(IReadOnlyList<UnsupportedException> all) : base(all[0].Message) => All = all;

    public IReadOnlyList<UnsupportedException> All { get; }
}
