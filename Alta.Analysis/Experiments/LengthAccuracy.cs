namespace Alta.Analysis.Experiments;

/// <summary>End-to-end accuracy at one input length: the share of inputs whose whole answer matched the interpreter's, and the share that halted.</summary>
public sealed record LengthAccuracy(int Length, int Inputs, int Correct, int Halted)
{
    public double Accuracy => Inputs == 0 ? 0 : (double)Correct / Inputs;
}
