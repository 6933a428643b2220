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
            if (module.Kind == ModuleKind.Readout)
            {
                // The read-out is a linear classifier: its scores are used as they are.
                Tables[m] = Array.ConvertAll(table, v => (double)v);
            }
            else
            {
                int columns = program.Layout.Width;
                GumbelSoftmax.SampleNoise(random, noise[m][^1] = new double[table.Length]);
                Tables[m] = GumbelSoftmax.Forward(table, noise[m][^1], tau, columns);
            }
            TableGradients[m] = new double[table.Length];
        }
        if (program.ResidualClassifier is { } classifier) ClassifierGradient = new double[classifier.Value.Length];
    }

    /// <summary>The same relaxed weights with gradients of its own, for a second worker over the same batch.</summary>
    public SampledProgram Worker() => new(this, Reads, Tables);

    SampledProgram(SampledProgram shared, double[][][] reads, double[][] tables)
    {
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
        if (shared.ClassifierGradient is { } gradient) ClassifierGradient = new double[gradient.Length];
    }

    /// <summary>Adds a worker's gradients to this program's.</summary>
    public void Add(SampledProgram worker)
    {
        for (int m = 0; m < Reads.Length; m++)
        {
            for (int r = 0; r < Reads[m].Length; r++)
                for (int i = 0; i < ReadGradients[m][r].Length; i++) ReadGradients[m][r][i] += worker.ReadGradients[m][r][i];
            for (int i = 0; i < TableGradients[m].Length; i++) TableGradients[m][i] += worker.TableGradients[m][i];
        }
        if (ClassifierGradient is { } gradient)
            for (int i = 0; i < gradient.Length; i++) gradient[i] += worker.ClassifierGradient![i];
    }

    public RelaxedProgram Program { get; }

    public double Tau { get; }

    /// <summary>Per module, per read: the weight of each variable it may read.</summary>
    public double[][][] Reads { get; }

    /// <summary>Per module: predicate rows, MLP output rows, or the read-out's class scores.</summary>
    public double[][] Tables { get; }

    public double[][][] ReadGradients { get; }

    public double[][] TableGradients { get; }

    /// <summary>Gradient of the residual classifier (not sampled: a linear layer); null without one.</summary>
    public double[]? ClassifierGradient { get; }

    /// <summary>Adds the collected gradients, taken back through the relaxation, to the parameters' gradients.</summary>
    public void BackwardToParameters()
    {
        for (int m = 0; m < Program.Modules.Count; m++)
        {
            var module = Program.Modules[m];
            for (int r = 0; r < module.Reads.Length; r++)
                GumbelSoftmax.Backward(Reads[m][r], ReadGradients[m][r], Tau, module.Inputs, module.Reads[r].Gradient);
            if (module.Kind == ModuleKind.Readout)
            {
                for (int i = 0; i < TableGradients[m].Length; i++) module.Table.Gradient[i] += (float)TableGradients[m][i];
            }
            else
            {
                GumbelSoftmax.Backward(Tables[m], TableGradients[m], Tau, Program.Layout.Width, module.Table.Gradient);
            }
        }
        if (Program.ResidualClassifier is { } classifier)
            for (int i = 0; i < ClassifierGradient!.Length; i++) classifier.Gradient[i] += (float)ClassifierGradient[i];
    }
}
