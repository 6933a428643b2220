using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alta.Analysis.Learned;

/// <summary>Saves and loads discretised programs and example sets as indented JSON.</summary>
public static class LearnedJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Save(DiscreteProgram program) => JsonSerializer.Serialize(program, Options);

    public static DiscreteProgram Load(string json) =>
        JsonSerializer.Deserialize<DiscreteProgram>(json, Options) ?? throw new JsonException("The JSON holds no program.");

    /// <summary>One example per line: test sets have a thousand of them.</summary>
    public static string SaveExamples(IEnumerable<LabelledSequence> examples) =>
        "[\n" + string.Join(",\n", examples.Select(e => JsonSerializer.Serialize(e, Compact))) + "\n]\n";

    static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static List<LabelledSequence> LoadExamples(string json) =>
        JsonSerializer.Deserialize<List<LabelledSequence>>(json, Options) ?? throw new JsonException("The JSON holds no examples.");
}
