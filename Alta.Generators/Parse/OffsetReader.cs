using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Evaluate;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>
/// Reads the allowed offsets <c>j - i</c> of a head from exactly one of: a literal <c>Offsets</c> array, a range
/// (<c>Causal</c>, <c>MinOffset</c>, <c>MaxOffset</c>), or a build-time provider <c>OffsetsFrom</c>. A range's open
/// ends default to what <c>MaxLength</c> allows; offsets no input can reach are dropped, so the kernel's list stays short.
/// </summary>
internal static class OffsetReader
{
    /// <summary>The offsets, ascending and distinct (empty = every position), or null after reporting a problem.</summary>
    public static EquatableArray<int>? Read(INamedTypeSymbol type, Compilation compilation, AttributeReader attend, string head, int maxLength, List<DiagnosticInfo> diagnostics)
    {
        bool literal = attend.Named("Offsets") is { IsNull: false };
        bool range = attend.Named("Causal") is not null || attend.Named("MinOffset") is not null || attend.Named("MaxOffset") is not null;
        string? provider = attend.MethodName("OffsetsFrom", compilation);
        if ((literal ? 1 : 0) + (range ? 1 : 0) + (provider is null ? 0 : 1) > 1)
            return Fail(diagnostics, attend.Location, head, "gives its offsets in more than one way; use one of Offsets, a range (Causal, MinOffset, MaxOffset) or OffsetsFrom");

        IEnumerable<int> offsets;
        if (literal) offsets = attend.Named("Offsets")!.Value.Values.Select(v => (int)v.Value!);
        else if (range)
        {
            bool causal = attend.Named("Causal")?.Value is true;
            int? min = attend.Named("MinOffset")?.Value as int?, max = attend.Named("MaxOffset")?.Value as int?;
            if (causal && max > 0)
                return Fail(diagnostics, attend.LocationOf("MaxOffset"), head, $"is causal (offsets up to 0) but has MaxOffset = {max}");
            if (max is null && causal) max = 0;
            if ((min is null || max is null) && maxLength <= 0)
                return Fail(diagnostics, attend.LocationOf(min is null ? (causal ? "Causal" : "MinOffset") : "MaxOffset"), head,
                    "has an offset range open at one end, which reaches as far as MaxLength allows; give the program a MaxLength or both MinOffset and MaxOffset");
            int lo = min ?? -(maxLength - 1), hi = max ?? maxLength - 1;
            if (lo > hi) return Fail(diagnostics, attend.LocationOf("MinOffset"), head, $"has the empty offset range {lo} .. {hi}");
            if (maxLength > 0)
            {
                lo = System.Math.Max(lo, -(maxLength - 1));
                hi = System.Math.Min(hi, maxLength - 1);
                // A range that no input reaches selects nothing: keep one unreachable offset rather than "every position".
                if (lo > hi) return new[] { hi + 1 < maxLength ? maxLength : -maxLength }.ToEquatableArray();
            }
            if ((long)hi - lo >= 1 << 17)
                return Fail(diagnostics, attend.LocationOf("MinOffset"), head, $"has the offset range {lo} .. {hi}, too long to list; give the program a MaxLength");
            offsets = Enumerable.Range(lo, hi - lo + 1);
        }
        else if (provider is not null)
        {
            var location = attend.LocationOf("OffsetsFrom");
            var intArray = compilation.CreateArrayTypeSymbol(compilation.GetSpecialType(SpecialType.System_Int32));
            if (!MethodChecks.Has(type, provider, intArray))
            {
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadMethod, location, $"OffsetsFrom of head '{head}'", provider, type.Name, $"static int[] {provider}()"));
                return null;
            }
            var values = DomainEvaluator.Provide(provider, type, compilation, diagnostics, CancellationToken.None);
            if (values is null) return null;
            if (values.Length == 0) return Fail(diagnostics, location, head, $"gets no offsets from {provider}(); an empty list would mean every position, so leave OffsetsFrom out for that");
            offsets = values.Select(v => (int)v.Integer);
        }
        else return EquatableArray<int>.Empty;
        return offsets.Distinct().OrderBy(o => o).ToEquatableArray();
    }

    private static EquatableArray<int>? Fail(List<DiagnosticInfo> diagnostics, Location? location, string head, string problem)
    {
        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHead, location, head, problem));
        return null;
    }
}
