using System.Text.Json;

namespace Alta.Generators.Tests.Samples;

/// <summary>
/// The answers of the ALTA authors' reference implementation (alta-golden.json, embedded in this test
/// assembly: tests never read files outside the repository's build output).
/// </summary>
internal static class GoldenFile
{
    private static readonly Lazy<JsonDocument> Document = new(Load);

    /// <summary>The cases of one program, e.g. "addition".</summary>
    public static IReadOnlyList<JsonElement> Cases(string program)
    {
        var cases = Document.Value.RootElement.GetProperty(program).GetProperty("cases").EnumerateArray().ToList();
        Assert.NotEmpty(cases);
        return cases;
    }

    public static int[] Ints(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetInt32()).ToArray();

    private static JsonDocument Load()
    {
        using var stream = typeof(GoldenFile).Assembly.GetManifestResourceStream("alta-golden.json")
            ?? throw new InvalidOperationException("alta-golden.json is not embedded in the test assembly.");
        return JsonDocument.Parse(stream);
    }
}
