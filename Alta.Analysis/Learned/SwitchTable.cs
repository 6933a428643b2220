using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Learned;

/// <summary>
/// Writes a finite function as a C# switch expression grouped by result: <c>x switch { A or B => r1, C => r2,
/// _ => r0 }</c>, the most common result as the default arm. The arms are whatever strings the caller made,
/// so nested tables are switches of switches.
/// </summary>
internal static class SwitchTable
{
    public static string Write(string subject, IReadOnlyList<string> cases, IReadOnlyList<string> results, string indent)
    {
        var groups = results.Select((result, i) => (result, i))
            .GroupBy(x => x.result, x => x.i)
            .Select(g => (Result: g.Key, Cases: g.ToList()))
            .ToList();
        if (groups.Count == 1) return groups[0].Result;
        var fallback = groups.OrderByDescending(g => g.Cases.Count).ThenBy(g => g.Cases[0]).First();
        var lines = new List<string>();
        foreach (var group in groups.OrderBy(g => g.Cases[0]))
        {
            if (group.Result == fallback.Result) continue;
            lines.Add($"{indent}    {string.Join(" or ", group.Cases.Select(c => cases[c]))} => {group.Result},");
        }
        lines.Add($"{indent}    _ => {fallback.Result},");
        return $"{subject} switch{Environment.NewLine}{indent}{{{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}{indent}}}";
    }
}
