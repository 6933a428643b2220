using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Alta.Samples.Catalog;

namespace Alta.Samples.Commands;

/// <summary><c>stats &lt;program&gt;</c>: the compiled model's statistics, one <c>Name: value</c> per line.</summary>
internal static class StatsCommand
{
    public static int Execute(CommandLine command)
    {
        command.Expect("program");
        var sample = SampleCatalog.Find(command.Arguments[0]);
        AltaModel model;
        try
        {
            model = sample.Model;
        }
        catch (NotSupportedException e)
        {
            throw new InputException($"The compiled model of {sample.Name} is not available: {e.Message}");
        }

        // Every public property of the statistics, in declaration order, so new figures show up without
        // changes here (the statistics type belongs to Alta.Kernels).
        var statistics = model.GetType().GetProperty("Statistics")?.GetValue(model)
            ?? throw new InputException($"The compiled model of {sample.Name} reports no statistics.");
        foreach (var property in statistics.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            Console.WriteLine($"{property.Name}: {Format(property.GetValue(statistics))}");
        return 0;
    }

    private static string Format(object? value) => value switch
    {
        null => "none",
        string text => text,
        IEnumerable values => string.Join(", ", values.Cast<object?>().Select(Format)),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
