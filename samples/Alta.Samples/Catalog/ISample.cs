using System;

namespace Alta.Samples.Catalog;

/// <summary>A sample program as the app sees it: human text in, human text out.</summary>
internal interface ISample
{
    /// <summary>The command-line name, e.g. <c>parity-relative</c>.</summary>
    string Name { get; }

    /// <summary>One line: what the program computes and what input it takes.</summary>
    string Description { get; }

    /// <summary>What the printed output is, e.g. <c>Parity per position</c>: the run line's legend.</summary>
    string Legend { get; }

    /// <summary>An input to try, e.g. <c>789+456</c>.</summary>
    string Example { get; }

    /// <summary>The tokens for the user's input (start, BOS and end tokens added), or <see cref="InputException"/>.</summary>
    int[] Encode(string input);

    /// <summary>Runs the tokens through the compiled model or the interpreter (with an optional trace and layer budget).</summary>
    SampleResult Execute(int[] tokens, bool interpret, AltaTrace? trace, int? maxLayers = null);

    /// <summary>
    /// Interprets the tokens and returns only the number of layers, with no decoding: the benchmark's
    /// <c>Interpret</c> side (bench/Alta.Benchmarks), which must cost what the generated <c>Interpret</c> costs.
    /// </summary>
    int InterpretLayers(int[] tokens);

    /// <summary>The compiled model; throws <see cref="NotSupportedException"/> while it is not built.</summary>
    AltaModel Model { get; }
}

/// <summary>A finished run: the decoded output and how the run ended.</summary>
internal sealed record SampleResult(string Output, int Layers, bool Halted);
