namespace Alta.Analysis.Training;

/// <summary>One progress line: the step, the mean minibatch loss since the last line, and the evaluation rows' loss and vector accuracy.</summary>
public sealed record TrainingProgress(int Step, double TrainLoss, double EvaluationLoss, double VectorAccuracy, double Seconds)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"step {Step,6}  loss {TrainLoss:0.000000}  eval loss {EvaluationLoss:0.000000}  vector accuracy {VectorAccuracy:P2}  {Seconds:0.0}s");
}
