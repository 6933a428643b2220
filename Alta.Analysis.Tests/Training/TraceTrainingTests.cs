using Alta.Analysis.Experiments;
using Alta.Analysis.Metrics;
using Alta.Analysis.Traces;
using Alta.Analysis.Training;
using Alta.Samples.Commands.Learnability;

namespace Alta.Analysis.Tests.Training;

/// <summary>A tiny end-to-end trace-supervision run: small enough for CI, and it must learn parity-relative's block exactly.</summary>
public class TraceTrainingTests
{
    [Fact]
    public void TinyRunLearnsParityRelativeTracesAndGeneralises()
    {
        var program = StudiedPrograms.Find("parity-relative");
        var trace = Tracing.FromModel(program.Model, program.RandomInputs(new Random(1), [1, 2, 3, 4], 8));
        var options = new TrainingOptions { Hidden = [32, 32], LearningRate = 3e-3f, BatchSize = 64, Seed = 1, MaxSteps = 3000, EvaluateEvery = 100 };
        var outcome = Trainer.Train(trace.Inputs, trace.Deltas, trace.Inputs, trace.Deltas, options);

        Assert.Equal("accuracy reached", outcome.StoppedBecause);
        Assert.Equal(1.0, Accuracy.Vectors(outcome.Mlp.Predict(trace.Inputs), trace.Deltas));
        var heldOut = Tracing.FromModel(program.Model, program.RandomInputs(new Random(2), [6], 4));
        Assert.Equal(1.0, Accuracy.Vectors(outcome.Mlp.Predict(heldOut.Inputs), heldOut.Deltas));
        var byLength = LearnedRun.AccuracyByLength(program, outcome.Mlp, [3, 10], countPerLength: 3, seed: 3, clean: true);
        Assert.All(byLength, row => Assert.Equal(1.0, row.Accuracy));
    }

    [Fact]
    public void AccuracyCountsVectorsWithinOneTenth()
    {
        var prediction = new Matrix(2, 2, [0.05f, 1f, 0.2f, 1f]);
        var target = new Matrix(2, 2, [0f, 1f, 0f, 1f]);
        Assert.Equal(0.5, Accuracy.Vectors(prediction, target));
        Assert.Equal(0.75, Accuracy.Elements(prediction, target));
    }
}
