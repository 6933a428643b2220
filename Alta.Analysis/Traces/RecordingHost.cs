using System;

namespace Alta.Analysis.Traces;

/// <summary>
/// Wraps a program's interpreter host to see every MLP call: the variables as the MLP read them (after
/// attention) and as it left them. The interpreter calls the MLP for positions 0..n-1 in order, layer after
/// layer, so the call count gives the layer and position.
/// </summary>
internal sealed class RecordingHost(Alta.Interpretation.IInterpreterHost inner, int positions, Action<int, int, double[], double[]> record)
    : Alta.Interpretation.IInterpreterHost
{
    int calls;

    public void Initialise(int token, int position, Span<double> values) => inner.Initialise(token, position, values);

    public void Step(Span<double> values)
    {
        var before = values.ToArray();
        inner.Step(values);
        record(calls / positions + 1, calls % positions, before, values.ToArray());
        calls++;
    }
}
