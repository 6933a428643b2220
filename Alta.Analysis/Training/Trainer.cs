using System;
using System.Diagnostics;
using Alta.Analysis.Metrics;

namespace Alta.Analysis.Training;

/// <summary>
/// Trains an <see cref="Mlp"/> with Adam on the mean squared error over shuffled minibatches, evaluating
/// now and then on a fixed set of rows (vector accuracy, ALTA's metric) and stopping early when those are
/// all right, when the evaluation loss stops improving, or when the step or time budget runs out.
/// </summary>
public static class Trainer
{
    /// <summary>The result: the trained network, the last progress line and why training stopped.</summary>
    public sealed record Outcome(Mlp Mlp, TrainingProgress Last, string StoppedBecause);

    /// <param name="evaluationInputs">Rows to evaluate on (e.g. a sample of the training rows, or held-out rows).</param>
    public static Outcome Train(Matrix inputs, Matrix targets, Matrix evaluationInputs, Matrix evaluationTargets,
        TrainingOptions options, Action<TrainingProgress>? progress = null)
    {
        if (inputs.Rows == 0) throw new ArgumentException("There is nothing to train on: the trace has no rows.", nameof(inputs));
        if (inputs.Rows != targets.Rows)
            throw new ArgumentException($"{inputs.Rows} input rows but {targets.Rows} target rows.", nameof(targets));
        int[] sizes = [inputs.Columns, .. options.Hidden, targets.Columns];
        var mlp = new Mlp(sizes, options.Seed);
        var adam = new Adam(mlp.Parameters, options.LearningRate);
        var random = new Random(options.Seed);
        var order = new int[inputs.Rows];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        int cursor = order.Length;
        int batch = Math.Min(options.BatchSize, inputs.Rows);

        var clock = Stopwatch.StartNew();
        double lossSum = 0, bestLoss = double.PositiveInfinity;
        int lossCount = 0, sinceBest = 0;
        TrainingProgress? last = null;
        for (int step = 1; step <= options.MaxSteps; step++)
        {
            if (cursor + batch > order.Length)
            {
                random.Shuffle(order);
                cursor = 0;
            }
            var rows = order.AsSpan(cursor, batch);
            cursor += batch;
            lossSum += mlp.ComputeGradients(inputs.SelectRows(rows), targets.SelectRows(rows));
            lossCount++;
            adam.Step();

            bool final = step == options.MaxSteps || clock.Elapsed.TotalSeconds >= options.MaxSeconds;
            if (step % options.EvaluateEvery != 0 && !final) continue;
            var prediction = mlp.Predict(evaluationInputs);
            double evaluationLoss = MeanSquaredError.Loss(prediction, evaluationTargets);
            last = new TrainingProgress(step, lossSum / lossCount, evaluationLoss, Accuracy.Vectors(prediction, evaluationTargets), clock.Elapsed.TotalSeconds);
            progress?.Invoke(last);
            lossSum = 0;
            lossCount = 0;
            if (last.VectorAccuracy >= options.StopAtAccuracy) return new Outcome(mlp, last, "accuracy reached");
            if (evaluationLoss < bestLoss * 0.999) { bestLoss = evaluationLoss; sinceBest = 0; }
            else if (++sinceBest >= options.Patience) return new Outcome(mlp, last, "no improvement");
            if (final) return new Outcome(mlp, last, step == options.MaxSteps ? "step budget" : "time budget");
        }
        return new Outcome(mlp, last!, "step budget");
    }
}
