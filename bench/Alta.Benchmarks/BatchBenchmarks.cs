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
        int layers = 0;
        foreach (var input in _inputs) layers += _model.Run(input, null, static x => x).Layers;
        return layers;
    }

    [Benchmark]
    public int Batch() => _model.RunBatch(_inputs, null, static x => x).Sum(r => r.Layers);
}
