using BenchmarkDotNet.Attributes;

namespace Alta.Benchmarks;

/// <summary>One whole run per operation: the fast pass through a reusable session, the dense reference pass, and Interpret.</summary>
[MemoryDiagnoser]
public class ForwardPassBenchmarks
{
    private AltaSession _session = null!;
    private double[] _outputs = [];
    private BenchProgram _program = null!;

    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = "";

    public static IEnumerable<string> Programs => BenchPrograms.All.Select(p => p.Key);

    [GlobalSetup]
    public void Setup()
    {
        _program = BenchPrograms.Get(Program);
        _session = _program.Model.CreateSession();
        _outputs = new double[_program.Tokens.Length];
    }

    [Benchmark(Baseline = true)]
    public int Fast() => _session.Run(_program.Tokens, null, _outputs).Layers;

    [Benchmark]
    public int Reference() => _program.Model.RunReference(_program.Tokens).Layers;

    [Benchmark]
    public int Interpret() => _program.Interpret(_program.Tokens);
}
