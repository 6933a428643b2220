using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Alta.Analysis.Training;

namespace Alta.Analysis.Learned;

/// <summary>What one epoch of training reports.</summary>
/// <param name="FloatValidationAccuracy">The same program with the read-out's float weights instead of its integer votes.</param>
public sealed record EpochReport(int Epoch, int Epochs, double Tau, double Loss, double ValidationAccuracy, double FloatValidationAccuracy, TimeSpan Elapsed);

/// <summary>
/// Trains a <see cref="RelaxedProgram"/> as the paper does: Adam on the per-token cross-entropy, Gumbel noise
/// drawn once per batch, the temperature annealed geometrically over the epochs. After each epoch the
/// program is discretised (every choice at its argmax, the read-out's weights made integer votes on the training
/// set, <see cref="ReadoutVotes"/>) and scored on the validation set; the best discretised program is kept.
/// </summary>
public sealed class Trainer
{
    readonly LearnedConfig config;

    public Trainer(LearnedConfig config)
    {
        config.Validate();
        this.config = config;
    }

    public (DiscreteProgram Best, double ValidationAccuracy) Train(LearnedDataset data, Action<EpochReport>? progress = null)
    {
        var layout = new ProgramLayout(data.Task, config);
        var program = new RelaxedProgram(layout, config.Seed);
        var parameters = program.Parameters();
        var adam = new Adam(parameters, config.LearningRate);
        var random = new Random(config.Seed + 1);
        var order = Enumerable.Range(0, data.Train.Count).ToArray();
        var inputWeights = LengthBalance.Weights(data.Train, config.BalanceLengths);
        bool sample = config.BalanceBy == LengthBalancing.Sample && config.BalanceLengths > 0;
        var clock = Stopwatch.StartNew();
        DiscreteProgram? best = null;
        double bestAccuracy = -1;
        for (int epoch = 0; epoch < config.Epochs; epoch++)
        {
            double tau = config.Tau(epoch), loss = 0;
            long labelled = 0;
            if (sample) order = LengthBalance.Draw(inputWeights, random);
            else random.Shuffle(order);
            for (int start = 0; start < order.Length; start += config.BatchSize)
            {
                var batch = order.AsSpan(start, Math.Min(config.BatchSize, order.Length - start)).ToArray();
                loss += Step(program, parameters, adam, batch.Select(i => data.Train[i]).ToList(), random, tau, config.LossMean, out long count, sample ? null : batch.Select(i => inputWeights[i]).ToArray());
                labelled += count;
            }
            var discrete = DiscreteProgram.From(program, data.Task, data.Train);
            double accuracy = discrete.Accuracy(data.Validation);
            double floatAccuracy = ReadoutVotes.FloatAccuracy(discrete, program.Readout.Value, data.Validation);
            // Later epochs are colder, so closer to the discrete program: prefer them on ties.
            if (accuracy >= bestAccuracy) { best = discrete; bestAccuracy = accuracy; }
            progress?.Invoke(new EpochReport(epoch + 1, config.Epochs, tau, loss / Math.Max(1, labelled), accuracy, floatAccuracy, clock.Elapsed));
        }
        return (best!, bestAccuracy);
    }

    /// <summary>
    /// One Adam step on one batch; returns the summed loss and what it is a sum over (labelled positions, or
    /// inputs with their loss a mean over their positions), so that the two divide to the batch's mean loss.
    /// <paramref name="inputWeights"/> (<see cref="LengthBalance"/>) scales each input's loss and gradient; none weighs all alike.
    /// </summary>
    internal static double Step(RelaxedProgram program, IReadOnlyList<Parameter> parameters, Adam adam, IReadOnlyList<LabelledSequence> batch, Random random, double tau, LossMean mean, out long labelled, IReadOnlyList<double>? inputWeights = null)
    {
        foreach (var p in parameters) p.ClearGradient();
        var sampled = new SampledProgram(program, random, tau);
        var positions = batch.Select(e => e.Labels.Count(l => l >= 0)).ToArray();
        long total = positions.Sum();
        labelled = mean == LossMean.Position ? total : batch.Count;
        // The loss of input e is its summed cross-entropy times weight[e]: 1 / (labelled positions in the batch),
        // or 1 / (its own labelled positions * inputs in the batch).
        var weight = positions.Select((p, e) => (inputWeights?[e] ?? 1.0) * (mean == LossMean.Position ? 1.0 / Math.Max(1, total) : 1.0 / (Math.Max(1, p) * (double)batch.Count))).ToArray();
        // Two workers, each over every other example with gradients of its own, summed in a fixed order:
        // the result does not depend on the scheduling.
        var workers = new[] { sampled, sampled.Worker() };
        var losses = new double[workers.Length];
        System.Threading.Tasks.Parallel.For(0, workers.Length, w =>
        {
            var pass = new RelaxedPass(workers[w]);
            for (int e = w; e < batch.Count; e += workers.Length)
            {
                pass.Load(batch[e].Tokens);
                double sum = pass.Forward(batch[e].Labels);
                losses[w] += (inputWeights?[e] ?? 1.0) * (mean == LossMean.Position ? sum : sum / Math.Max(1, positions[e]));
                pass.Backward(batch[e].Labels, weight[e]);
            }
        });
        for (int w = 1; w < workers.Length; w++) sampled.Add(workers[w]);
        double loss = losses.Sum();
        sampled.BackwardToParameters();
        adam.Step();
        return loss;
    }
}
