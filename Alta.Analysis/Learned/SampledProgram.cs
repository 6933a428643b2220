using System;

namespace Alta.Analysis.Learned;

/// <summary>
/// The relaxed weights of one training step: every choice row passed through <see cref="GumbelSoftmax"/>
/// with one draw of noise (shared by the whole batch, as the paper samples its weights once per forward
/// pass), and the gradients collected against them over the batch.
/// </summary>
public sealed class SampledProgram
{
    readonly double[][][] noise;

    public SampledProgram(RelaxedProgram program, Random? random, double tau)
    {
        Program = program;
        Tau = tau;
        int count = program.Modules.Count;
        Reads = new double[count][][];
        Tables = new double[count][];
        ReadGradients = new double[count][][];
        TableGradients = new double[count][];
        noise = new double[count][][];
        MlpColumns = new double[count][];
        MlpColumnGradients = new double[count][];
        for (int m = 0; m < count; m++)
        {
            var module = program.Modules[m];
            noise[m] = new double[module.Reads.Length + 1][];
            Reads[m] = new double[module.Reads.Length][];
            ReadGradients[m] = new double[module.Reads.Length][];
            for (int r = 0; r < module.Reads.Length; r++)
            {
                var logits = module.Reads[r].Value;
                GumbelSoftmax.SampleNoise(random, noise[m][r] = new double[logits.Length]);
                Reads[m][r] = GumbelSoftmax.Forward(logits, noise[m][r], tau, module.Inputs);
                ReadGradients[m][r] = new double[logits.Length];
            }
            var table = module.Table.Value;
            GumbelSoftmax.SampleNoise(random, noise[m][^1] = new double[table.Length]);
            Tables[m] = GumbelSoftmax.Forward(table, noise[m][^1], tau, program.Layout.Width);
            TableGradients[m] = new double[table.Length];
            if (module.Kind == ModuleKind.Mlp)
            {
                MlpColumns[m] = Columns(Tables[m], program.Layout.Width);
                MlpColumnGradients[m] = new double[table.Length];
            }
        }
        ReadoutGradient = new double[program.Readout.Value.Length];
    }

    /// <summary>An MLP's table [a, b, o] stored output-major, [o, (a, b)]: each output's column is contiguous.</summary>
    static double[] Columns(double[] table, int width)
    {
        var columns = new double[table.Length];
        AddTransposed(table, width * width, width, columns);
        return columns;
    }

    /// <summary>
    /// Adds the transpose of a row-major [rows, columns] matrix to a [columns, rows] one: the MLP table's turn
    /// to output-major on the way in, and its gradient's turn back on the way out.
    /// </summary>
    static void AddTransposed(ReadOnlySpan<double> source, int rows, int columns, Span<double> target)
    {
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++) target[c * rows + r] += source[r * columns + c];
    }

    /// <summary>The same relaxed weights with gradients of its own, for a second worker over the same batch.</summary>
    public SampledProgram Worker() => new(this, Reads, Tables);

    SampledProgram(SampledProgram shared, double[][][] reads, double[][] tables)
    {
        MlpColumns = shared.MlpColumns;
        MlpColumnGradients = new double[tables.Length][];
        for (int m = 0; m < tables.Length; m++)
            if (MlpColumns[m] is { } columns) MlpColumnGradients[m] = new double[columns.Length];
        Program = shared.Program;
        Tau = shared.Tau;
        noise = shared.noise;
        Reads = reads;
        Tables = tables;
        ReadGradients = new double[reads.Length][][];
        TableGradients = new double[tables.Length][];
        for (int m = 0; m < reads.Length; m++)
        {
            ReadGradients[m] = new double[reads[m].Length][];
            for (int r = 0; r < reads[m].Length; r++) ReadGradients[m][r] = new double[reads[m][r].Length];
            TableGradients[m] = new double[tables[m].Length];
        }
        ReadoutGradient = new double[shared.ReadoutGradient.Length];
    }

    /// <summary>Adds a worker's gradients to this program's.</summary>
    public void Add(SampledProgram worker)
    {
        for (int m = 0; m < Reads.Length; m++)
        {
            for (int r = 0; r < Reads[m].Length; r++)
                for (int i = 0; i < ReadGradients[m][r].Length; i++) ReadGradients[m][r][i] += worker.ReadGradients[m][r][i];
            for (int i = 0; i < TableGradients[m].Length; i++) TableGradients[m][i] += worker.TableGradients[m][i];
            if (MlpColumnGradients[m] is { } columns)
                for (int i = 0; i < columns.Length; i++) columns[i] += worker.MlpColumnGradients[m]![i];
        }
        for (int i = 0; i < ReadoutGradient.Length; i++) ReadoutGradient[i] += worker.ReadoutGradient[i];
    }

    public RelaxedProgram Program { get; }

    public double Tau { get; }

    /// <summary>Per module, per read: the weight of each variable it may read.</summary>
    public double[][][] Reads { get; }

    /// <summary>Per module: predicate rows or MLP output rows.</summary>
    public double[][] Tables { get; }

    public double[][][] ReadGradients { get; }

    public double[][] TableGradients { get; }

    /// <summary>Per MLP module, its sampled table output-major (see <see cref="RelaxedPass"/>); null for heads.</summary>
    public double[]?[] MlpColumns { get; }

    /// <summary>The gradient against <see cref="MlpColumns"/>, folded into <see cref="TableGradients"/> by <see cref="BackwardToParameters"/>.</summary>
    public double[]?[] MlpColumnGradients { get; }

    /// <summary>Gradient of the read-out (not sampled: a linear classifier, used as it is).</summary>
    public double[] ReadoutGradient { get; }

    /// <summary>Adds the collected gradients, taken back through the relaxation, to the parameters' gradients.</summary>
    public void BackwardToParameters()
    {
        for (int m = 0; m < Program.Modules.Count; m++)
        {
            var module = Program.Modules[m];
            if (MlpColumnGradients[m] is { } columns)
            {
                int width = Program.Layout.Width;
                AddTransposed(columns, width, width * width, TableGradients[m]);
                Array.Clear(columns);
            }
            for (int r = 0; r < module.Reads.Length; r++)
                GumbelSoftmax.Backward(Reads[m][r], ReadGradients[m][r], Tau, module.Inputs, module.Reads[r].Gradient);
            GumbelSoftmax.Backward(Tables[m], TableGradients[m], Tau, Program.Layout.Width, module.Table.Gradient);
        }
        for (int i = 0; i < ReadoutGradient.Length; i++) Program.Readout.Gradient[i] += (float)ReadoutGradient[i];
    }
}
