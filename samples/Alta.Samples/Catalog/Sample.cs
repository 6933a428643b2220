using System;

namespace Alta.Samples.Catalog;

/// <summary>A generated program's <c>Interpret</c>.</summary>
internal delegate AltaResult<T> Interpreter<T>(ReadOnlySpan<int> tokens, int? maxLayers, AltaTrace? trace);

/// <summary>A generated program's <c>Run</c>.</summary>
internal delegate AltaResult<T> Runner<T>(ReadOnlySpan<int> tokens, int? maxLayers);

/// <summary>Binds one program class (output type <typeparamref name="T"/>) to its input and output formats.</summary>
internal sealed class Sample<T>(
    string name, string description, string example,
    Func<string, int[]> encode, Func<T[], string> decode,
    Interpreter<T> interpret, Runner<T> run, Func<AltaModel> model, string? legend = null) : ISample
{
    public string Name => name;
    public string Description => description;
    public string Example => example;

    /// <summary>The given legend, in which <c>{output}</c> stands for the output variable's name; by default
    /// <c>{output} per position</c> (the decoders leave out only the positions the user did not type).</summary>
    public string Legend => (legend ?? "{output} per position").Replace("{output}", OutputName());
    public AltaModel Model => model();

    public int[] Encode(string input) => encode(input);

    public SampleResult Execute(int[] tokens, bool interpreted, AltaTrace? trace, int? maxLayers = null)
    {
        var result = interpreted ? interpret(tokens, maxLayers, trace) : run(tokens, maxLayers);
        return new SampleResult(decode(result.Outputs), result.Layers, result.Halted);
    }

    public int InterpretLayers(int[] tokens) => interpret(tokens, null, null).Layers;

    /// <summary>The program's output variable, as the class names it (the compiled model knows it).</summary>
    private string OutputName()
    {
        try
        {
            var compiled = model();
            return compiled.Layout.Variables[compiled.Output].Name;
        }
        catch (NotSupportedException)
        {
            return "output";
        }
    }
}
