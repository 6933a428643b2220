using System.Collections.Generic;
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

    public static string SaveExamples(IEnumerable<LabelledSequence> examples) => JsonSerializer.Serialize(examples, Options);

    public static List<LabelledSequence> LoadExamples(string json) =>
        JsonSerializer.Deserialize<List<LabelledSequence>>(json, Options) ?? throw new JsonException("The JSON holds no examples.");
}
