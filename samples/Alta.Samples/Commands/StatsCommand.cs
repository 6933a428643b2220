using System;
using System.Globalization;
using Alta.Samples.Catalog;

namespace Alta.Samples.Commands;

/// <summary><c>stats &lt;program&gt;</c>: the compiled model's statistics, one <c>Name: value</c> per line.</summary>
internal static class StatsCommand
{
    public static int Execute(CommandLine command)
    {
        command.Expect("program");
        var sample = SampleCatalog.Find(command.Arguments[0]);
        ModelStatistics statistics;
        try
        {
            statistics = sample.Model.Statistics;
        }
        catch (NotSupportedException e)
        {
            throw new InputException($"The compiled model of {sample.Name} is not available: {e.Message}");
        }

        Line("ModelWidth", statistics.ModelWidth);
        Line("Heads", statistics.Heads);
        Console.WriteLine("FfnWidths: " + string.Join(", ", statistics.FfnWidths));
        Line("HiddenUnits", Sum(statistics.FfnWidths));
        Line("Rules", statistics.Rules);
        Line("Parameters", statistics.Parameters);
        Line("NonZeros", statistics.NonZeros);
        Line("AttentionScale", statistics.AttentionScale);
        Line("ExactUpToLength", statistics.ExactUpToLength);
        var model = sample.Model;
        if (model.Weights.Readout is { } readout)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Readout: {readout.Columns} labels x {readout.Rows} dims, {readout.NonZeros} non-zeros (counted in Parameters and NonZeros; no FFN unit)"));
        Line("Vocabulary", model.Vocabulary);
        Console.WriteLine("MaxLength: " + (model.MaxLength > 0 ? model.MaxLength.ToString(CultureInfo.InvariantCulture) : "0 (any length)"));
        Line("MaxLayers", model.MaxLayers);
        Console.WriteLine("HaltWhen: " + HaltingRule(model));
        return 0;
    }

    /// <summary>When a run stops: the halting variable and value, or the layer budget alone.</summary>
    private static string HaltingRule(AltaModel model)
    {
        if (model.HaltWhen < 0)
            return $"none: every run takes MaxLayers = {model.MaxLayers} layers and reports \"not halted\" (a one-shot program wants MaxLayers = 1)";
        var variable = model.Layout.Variables[model.HaltWhen];
        var value = variable.ValueNames is { } names && model.HaltValue < names.Length ? names[model.HaltValue] : model.HaltValue.ToString(CultureInfo.InvariantCulture);
        return $"{variable.Name} = {value} at every position, else stop after MaxLayers = {model.MaxLayers} layers (\"not halted\")";
    }

    private static void Line(string name, IFormattable value) => Console.WriteLine($"{name}: {value.ToString(null, CultureInfo.InvariantCulture)}");

    /// <summary>The FFN's hidden units over all its layers (the figure the ALTA paper reports).</summary>
    private static int Sum(int[] widths)
    {
        int total = 0;
        foreach (var width in widths) total += width;
        return total;
    }
}
