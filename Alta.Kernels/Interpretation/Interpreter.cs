using System;
using System.Globalization;

namespace Alta.Interpretation;

/// <summary>
/// Runs a program with the semantics of docs/language.md, "How a program runs", calling the class's own C# through
/// <see cref="IInterpreterHost"/>. It is the reference that the compiled Transformer must match.
/// </summary>
public static class Interpreter
{
    /// <summary>Runs the program; returns the output variable's raw values (NaN = null) per position.</summary>
    public static (double[] Outputs, int Layers, bool Halted) Run(
        InterpretedProgram program, IInterpreterHost host, ReadOnlySpan<int> tokens, int? maxLayers, AltaTrace? trace)
    {
        InputValidation.Check(tokens, program.Vocabulary, program.MaxLength);
        int budget = InputValidation.LayerBudget(maxLayers, program.MaxLayers);
        int n = tokens.Length, width = program.Variables.Length;
        var state = new double[n * width];
        for (int i = 0; i < n; i++)
        {
            var row = state.AsSpan(i * width, width);
            host.Initialise(tokens[i], i, row);
            foreach (var head in program.Heads) row[head.Output] = double.NaN;
            for (int v = 0; v < width; v++)
                if (!program.Variables[v].IsHead) CheckWrite(program.Variables[v], row[v], i, 0);
            Snap(program, row, i, 0);
            if (program.HasReadout) row[program.Output] = LinearReadout.Label(program, row);
        }
        trace?.Start(Array.ConvertAll(program.Variables, v => v.Name));
        trace?.Record(0, Format(program, state, n));

        int layers = 0;
        bool halted = false;
        var previous = new double[state.Length];
        while (layers < budget && !halted)
        {
            layers++;
            state.CopyTo(previous, 0);
            Attention.Apply(program, previous, state, n, layers);
            for (int i = 0; i < n; i++) RunMlp(program, host, state.AsSpan(i * width, width), i, layers);
            // The read-out is a function of the state: the trace and the outputs show it as of the end of the layer.
            if (program.HasReadout)
                for (int i = 0; i < n; i++) state[i * width + program.Output] = LinearReadout.Label(program, state.AsSpan(i * width, width));
            trace?.Record(layers, Format(program, state, n));
            for (int i = 0; i < n; i++)
                foreach (var head in program.Heads) state[i * width + head.Output] = double.NaN;
            halted = IsHalted(program, state, n);
        }

        var outputs = new double[n];
        for (int i = 0; i < n; i++) outputs[i] = state[i * width + program.Output];
        return (outputs, layers, halted);
    }

    private static void RunMlp(InterpretedProgram program, IInterpreterHost host, Span<double> row, int position, int layer)
    {
        Snap(program, row, position, layer);
        if (program.Guards.Length > 0 && ProgramGuard.First(program.Guards, ValueIndices(program, row)) is { } guard)
            throw guard.ToException(position, layer);
        try
        {
            host.Step(row);
        }
        catch (InvalidOperationException e)
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (var head in program.Heads)
                if (double.IsNaN(row[head.Output])) names.Add(program.Variables[head.Output].Name);
            var nullHeads = string.Join(", ", names);
            throw new AltaProgramException(
                $"The MLP read .Value of a null head output at position {position}, layer {layer} (null here: {nullHeads}).",
                nullHeads, position, layer, e);
        }
        catch (Exception e) when (e is not AltaProgramException)
        {
            throw new AltaProgramException(
                $"The MLP threw {e.GetType().Name} at position {position}, layer {layer}: {e.Message}", "", position, layer, e);
        }
        for (int v = 0; v < program.Variables.Length; v++)
            if (!program.Variables[v].IsHead) CheckWrite(program.Variables[v], row[v], position, layer);
        Snap(program, row, position, layer);
    }

    /// <summary>The value indices the guards read (after <see cref="Snap"/>): the categorical value, the bucket of a
    /// numerical value (it holds the bucket's centre), the set's index; -1 for null.</summary>
    private static int[] ValueIndices(InterpretedProgram program, Span<double> row)
    {
        var indices = new int[row.Length];
        for (int v = 0; v < row.Length; v++)
        {
            var variable = program.Variables[v];
            indices[v] = double.IsNaN(row[v]) ? -1
                : variable.Kind == VariableKind.Numerical ? Array.IndexOf(variable.Centres, row[v])
                : (int)row[v];
        }
        return indices;
    }

    private static void CheckWrite(InterpretedVariable variable, double value, int position, int layer)
    {
        string? problem = variable.Kind switch
        {
            VariableKind.Categorical => value != Math.Floor(value) || value < 0 || value >= variable.Range
                ? $"'{variable.Name}' was assigned {Display(value)} (range 0..{variable.Range - 1})" : null,
            VariableKind.Numerical => double.IsNaN(value) || double.IsInfinity(value)
                ? $"'{variable.Name}' was assigned {Display(value)}" : null,
            VariableKind.Set => value < 0
                ? $"'{variable.Name}' was assigned a set that is not among its possible sets" : null,
        };
        if (problem is not null)
            throw new AltaProgramException(
                layer == 0 ? $"{problem} as its initial value at position {position}." : $"{problem} at position {position}, layer {layer}.",
                variable.Name, position, layer);
    }

    /// <summary>Numerical variables hold the centre of their bucket (docs/language.md, "Variables: the instance fields").</summary>
    private static void Snap(InterpretedProgram program, Span<double> row, int position, int layer)
    {
        for (int v = 0; v < program.Variables.Length; v++)
        {
            var variable = program.Variables[v];
            if (variable.Kind != VariableKind.Numerical || double.IsNaN(row[v])) continue;
            if (double.IsInfinity(row[v]))
                throw new AltaProgramException($"'{variable.Name}' holds {Display(row[v])} at position {position}, layer {layer}.", variable.Name, position, layer);
            // A head's mean is a float32 (as the model computes it) and is read against float32 boundaries.
            row[v] = variable.Centres[variable.IsHead ? Buckets.OfMean(variable.Centres, (float)row[v]) : Buckets.Of(variable.Centres, row[v])];
        }
    }

    private static bool IsHalted(InterpretedProgram program, double[] state, int n)
    {
        if (program.HaltWhen < 0) return false;
        int width = program.Variables.Length;
        for (int i = 0; i < n; i++)
            if (state[i * width + program.HaltWhen] != program.HaltValue) return false;
        return true;
    }

    private static string[][] Format(InterpretedProgram program, double[] state, int n)
    {
        int width = program.Variables.Length;
        var rows = new string[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new string[width];
            for (int v = 0; v < width; v++) rows[i][v] = Display(program.Variables[v], state[i * width + v]);
        }
        return rows;
    }

    internal static string Display(InterpretedVariable variable, double value)
    {
        if (double.IsNaN(value)) return "null";
        return variable.Kind switch
        {
            VariableKind.Categorical => variable.ValueNames is { } names && value >= 0 && value < names.Length ? names[(int)value] : Display(value),
            VariableKind.Numerical => Display(value),
            VariableKind.Set => value >= 0 && value < variable.Sets.Length ? variable.Sets[(int)value].ToString() : Display(value),
        };
    }

    private static string Display(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
