using System;
using System.Collections.Generic;
using Alta.Interpretation;

namespace Alta.Analysis.Experiments;

/// <summary>
/// A compiled program as the learnability tools need it: the model, the interpreter's view of the class,
/// a generator of random inputs by length, and which outputs are its answer.
/// </summary>
/// <param name="Name">The command-line name, e.g. <c>parity-relative</c>.</param>
/// <param name="Generate">A random input of the given length, in the program's own unit (bits, or digits per operand), as tokens.</param>
/// <param name="Answer">The outputs that make up the answer (e.g. without the start position).</param>
public sealed record StudiedProgram(
    string Name,
    AltaModel Model,
    InterpretedProgram Program,
    Func<IInterpreterHost> CreateHost,
    Func<Random, int, int[]> Generate,
    Func<double[], double[]> Answer)
{
    /// <summary><paramref name="countPerLength"/> random inputs of each length, in order of length.</summary>
    public List<int[]> RandomInputs(Random random, IEnumerable<int> lengths, int countPerLength)
    {
        var inputs = new List<int[]>();
        foreach (var length in lengths)
            for (int k = 0; k < countPerLength; k++)
                inputs.Add(Generate(random, length));
        return inputs;
    }

    /// <summary>The interpreter's answer for <paramref name="tokens"/> (the reference the learned model is scored against).</summary>
    public double[] ExpectedAnswer(int[] tokens) =>
        Answer(Interpreter.Run(Program, CreateHost(), tokens, maxLayers: null, trace: null).Outputs);
}
