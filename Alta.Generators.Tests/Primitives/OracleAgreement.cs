namespace Alta.Generators.Tests.Primitives;

/// <summary>The one check behind the primitives' random-input tests: a per-position oracle, Interpret and Run agree.</summary>
internal static class OracleAgreement
{
    /// <summary>Interpret and Run give the oracle's output at every position of <paramref name="tokens"/>; with
    /// <paramref name="reference"/>, the reference pass also equals the fast pass to the bit.</summary>
    public static void Check(int[] tokens, Func<int[], int, int> oracle, Interpreted<int> interpret, Compiled<int> run, AltaModel model,
        bool reference)
    {
        var expected = Enumerable.Range(0, tokens.Length).Select(i => oracle(tokens, i)).ToArray();
        var text = "[" + string.Join(",", tokens) + "]";
        Assert.True(expected.SequenceEqual(interpret(tokens, null, null).Outputs), $"Interpret on {text}");
        Assert.True(expected.SequenceEqual(run(tokens, null).Outputs), $"Run on {text}: {run(tokens, null)}");
        if (reference)
            Kernels.BitIdentity.Equal(model.RunReference(tokens).Residual, model.Run(tokens).Residual);
    }
}
