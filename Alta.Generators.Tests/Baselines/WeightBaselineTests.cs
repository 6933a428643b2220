using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Alta.Interop;

namespace Alta.Generators.Tests.Baselines;

/// <summary>
/// The compiled weights of every sample program, as a SHA-256 per program, against a checked-in baseline
/// (sample-weights.txt): a refactoring of the generator must leave every weight bit-identical. A change that
/// means to change weights updates the baseline with <c>ALTA_UPDATE_BASELINES=1 dotnet test ...</c> and the
/// reviewer sees which programs changed.
/// </summary>
public class WeightBaselineTests
{
    private const string BaselineName = "sample-weights.txt";

    [Fact]
    public void SampleWeightsAreBitIdenticalToTheBaseline()
    {
        var actual = string.Concat(SampleModels().Select(m => $"{m.Name} {Fingerprint(m)}\n"));
        if (Baseline.Updating)
        {
            Baseline.Write(BaselineName, actual);
            return;
        }
        var expected = Baseline.Read(BaselineName);
        Assert.True(expected == actual, Baseline.Difference(BaselineName, expected, actual));
    }

    /// <summary>Every sample's compiled model: the static <c>Model</c> property the generator adds to each program class.</summary>
    private static IEnumerable<AltaModel> SampleModels() =>
        typeof(Alta.Samples.ParityRelative).Assembly.GetTypes()
            .Select(t => t.GetProperty("Model", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(AltaModel))
            .Select(p => (AltaModel)p!.GetValue(null)!)
            .OrderBy(m => m.Name, StringComparer.Ordinal);

    /// <summary>A hash of every tensor (name, shape, float bits) and of the config (which holds no measurement:
    /// the build time left the generated model in issue 12).</summary>
    public static string Fingerprint(AltaModel model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var config = ModelConfig.ToJson(model);
        hash.AppendData(Encoding.UTF8.GetBytes(config));
        foreach (var tensor in ModelTensors.All(model))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(tensor.Name + "[" + string.Join(",", tensor.Shape) + "]"));
            hash.AppendData(MemoryMarshal.AsBytes(tensor.Data.AsSpan()));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
