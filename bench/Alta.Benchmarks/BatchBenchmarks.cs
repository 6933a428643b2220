using BenchmarkDotNet.Attributes;

namespace Alta.Benchmarks;

/// <summary>1,000 addition inputs: one core in a loop against RunBatch on every core.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private int[][] _inputs = [];
    private AltaModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = BenchPrograms.AdditionInputs();
        _model = BenchPrograms.Get("addition").Model;
    }

    [Benchmark(Baseline = true)]
    public int OneCore()
    {
        var session = _model.CreateSession();
        int layers = 0;
        var outputs = new double[16];
        foreach (var input in _inputs) layers += session.Run(input, null, outputs.AsSpan(0, input.Length)).Layers;
        return layers;
    }

    [Benchmark]
    public int Batch() => _model.RunBatch(_inputs, null, static x => x).Sum(r => r.Layers);
}
