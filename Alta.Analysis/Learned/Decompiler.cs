using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Alta.Analysis.Learned;

/// <summary>
/// Writes a <see cref="DiscreteProgram"/> as an <c>[AltaProgram]</c> partial class. Each layer of the
/// learned model is one phase of a looped program (an enum <c>Layer</c> counter, <c>HaltWhen</c> after the
/// last): its heads are <c>[Attend]</c> fields with their predicate as a switch table and
/// <c>Prefer = Preference.Nearest</c>; the MLP copies what they read into variables named after them
/// (<c>Head1_0</c>, falling back to the value at BOS as the model does), then computes the MLPs
/// (<c>Mlp0_1</c>) from switch tables. The read-out is the <c>[Readout]</c> output with one <c>[Votes]</c>
/// method per variable that votes. Variables that cast no vote and that no written module reads are left out.
/// </summary>
public sealed class Decompiler
{
    readonly DiscreteProgram program;
    readonly string className;
    readonly DecompiledType[] types;
    readonly bool[] needed;
    readonly DecompiledType tokens, labels;

    public Decompiler(DiscreteProgram program, string className)
    {
        program.CheckVotes();
        this.program = program;
        this.className = className;
        tokens = new DecompiledType("Tokens", program.Tokens.Length, MemberNames(program.Tokens, "T"));
        labels = new DecompiledType("Labels", program.Labels.Length, MemberNames(program.Labels, "L"));
        types = Types();
        needed = Needed();
    }

    public static string DefaultClassName(string task) =>
        "Learned" + string.Concat(task.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    int ModuleOf(int variable) => variable - 2;

    /// <summary>Every variable's type: tokens, positions, counts, heads take their value's type, MLPs the range of their table.</summary>
    DecompiledType[] Types()
    {
        var result = new DecompiledType[program.Variables.Length];
        result[0] = tokens;
        result[1] = DecompiledType.Int(program.Positions);
        for (int v = 2; v < result.Length; v++)
        {
            var module = program.Modules[ModuleOf(v)];
            result[v] = module.Kind switch
            {
                ModuleKind.Head => result[module.Reads[2]],
                ModuleKind.Count => DecompiledType.Int(program.Positions + 1),
                _ => DecompiledType.Int(TableValues(module, result).Max() + 1),
            };
        }
        return result;
    }

    /// <summary>The table entries over the inputs' ranges: (first, second, value).</summary>
    IEnumerable<int> TableValues(DiscreteModule module, DecompiledType[] inputs) =>
        from a in Enumerable.Range(0, inputs[module.Reads[0]].Range)
        from b in Enumerable.Range(0, inputs[module.Reads[1]].Range)
        select module.Table[a * program.Width + b];

    /// <summary>Whether variable <paramref name="v"/> gives any label a non-zero vote for a value it can take.</summary>
    bool Votes(int v) => Enumerable.Range(0, types[v].Range * program.Labels.Length).Any(e => program.Votes[v][e] != 0);

    /// <summary>The variables that vote, and every variable their modules read, transitively.</summary>
    bool[] Needed()
    {
        var result = new bool[program.Variables.Length];
        var work = new Stack<int>(Enumerable.Range(0, program.Variables.Length).Where(Votes));
        while (work.Count > 0)
        {
            int v = work.Pop();
            if (result[v]) continue;
            result[v] = true;
            if (v >= 2) foreach (var read in program.Modules[ModuleOf(v)].Reads) work.Push(read);
        }
        return result;
    }

    int LayerOf(int variable)
    {
        var name = program.Variables[variable];
        int start = name.IndexOfAny("0123456789".ToCharArray());
        return int.Parse(name[start..name.IndexOf('_')], CultureInfo.InvariantCulture);
    }

    public string Write()
    {
        var neededVariables = Enumerable.Range(2, program.Variables.Length - 2).Where(v => needed[v]).ToList();
        var phases = neededVariables.Select(LayerOf).Distinct().OrderBy(l => l).ToList();
        if (phases.Count == 0) phases.Add(0); // a program that reads only Token and Position still runs one phase
        var s = new StringBuilder();
        s.AppendLine($"// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task '{program.Task}'.");
        if (program.Command is { } command) s.AppendLine($"// Made by: dotnet run -c Release --project samples/Alta.Samples -- {command}");
        if (program.TestAccuracy is { } accuracy) s.AppendLine($"// Test accuracy of the learned model: {(100 * accuracy).ToString("0.00", CultureInfo.InvariantCulture)}%; this class computes exactly what that model computes.");
        s.AppendLine("// Each phase of Layer is one layer of the learned model; heads select the nearest matching position");
        s.AppendLine("// and fall back to BOS when none matches; MLPs are the learned tables; the output is the label with the");
        s.AppendLine("// most votes, summed over the [Votes] methods (the learned linear read-out), the first label on ties.");
        s.AppendLine("using Alta;");
        s.AppendLine();
        s.AppendLine("namespace Alta.Samples.Learned;");
        s.AppendLine();
        s.AppendLine($"[AltaProgram(Vocabulary = {program.Tokens.Length}, MaxLength = {program.Positions}, Output = nameof(Output), HaltWhen = nameof(Layer), HaltValue = Layers.Done)]");
        s.AppendLine($"public partial class {className}");
        s.AppendLine("{");
        WriteEnum(s, tokens, program.Tokens);
        WriteEnum(s, labels, program.Labels);
        s.AppendLine($"    public enum Layers {{ {string.Join(", ", phases.Select(l => $"Layer{l}").Append("Done"))} }}");
        s.AppendLine();
        s.AppendLine("    [FromToken(nameof(TokenOf))] public Tokens Token;");
        s.AppendLine($"    [FromPosition] [Categorical({program.Positions})] public int Position;");
        s.AppendLine("    public Layers Layer;");
        s.AppendLine("    [Readout] public Labels Output;");
        s.AppendLine();
        s.AppendLine("    static Tokens TokenOf(int token) => (Tokens)token;");
        s.AppendLine();
        var atBos = new SortedSet<int>();
        foreach (int v in neededVariables)
        {
            var module = program.Modules[ModuleOf(v)];
            string name = program.Variables[v];
            s.AppendLine($"    // {Describe(module)}");
            if (module.Kind is ModuleKind.Head or ModuleKind.Count)
            {
                s.AppendLine($"    {Attend(module, name)}");
                s.AppendLine($"    public {(module.Kind == ModuleKind.Count ? "int" : types[v].Name)}? {name}Read;");
                if (module.Kind == ModuleKind.Head && module.Reads[2] >= 2) atBos.Add(module.Reads[2]);
            }
            s.AppendLine($"    {types[v].Attribute}public {types[v].Name} {name};");
            s.AppendLine();
        }
        foreach (int v in atBos)
        {
            string name = program.Variables[v];
            s.AppendLine($"    // {name} at BOS: what a head reads when it selects nothing.");
            s.AppendLine($"    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof({name}), Where = nameof(AtBos))]");
            s.AppendLine($"    public {types[v].Name}? {name}AtBos;");
            s.AppendLine();
        }
        if (atBos.Count > 0)
        {
            s.AppendLine("    static bool AtBos(int query, int key) => key == 0;");
            s.AppendLine();
        }
        foreach (int v in neededVariables)
        {
            var module = program.Modules[ModuleOf(v)];
            if (module.Kind is ModuleKind.Head or ModuleKind.Count) WritePredicate(s, module, program.Variables[v]);
            else WriteTable(s, module, program.Variables[v] + "Of", types[v]);
        }
        for (int v = 0; v < program.Variables.Length; v++)
            if (Votes(v)) WriteVotes(s, v);
        WriteStep(s, phases, neededVariables, atBos);
        s.AppendLine("}");
        return s.ToString();
    }

    void WriteEnum(StringBuilder s, DecompiledType type, string[] names)
    {
        s.AppendLine($"    public enum {type.Name}");
        s.AppendLine("    {");
        for (int i = 0; i < names.Length; i++) s.AppendLine($"        {type.Members![i]}, // \"{names[i]}\"");
        s.AppendLine("    }");
        s.AppendLine();
    }

    string Describe(DiscreteModule module)
    {
        string Name(int v) => program.Variables[v];
        string Inputs() => module.Reads[0] == module.Reads[1] ? Name(module.Reads[0]) : $"{Name(module.Reads[0])} and {Name(module.Reads[1])}";
        int layer = LayerOf(2 + Array.IndexOf(program.Modules, module));
        return module.Kind switch
        {
            ModuleKind.Head => $"Layer {layer}: copies {Name(module.Reads[2])} from the nearest position whose {Name(module.Reads[1])} matches my {Name(module.Reads[0])}.",
            ModuleKind.Count => $"Layer {layer}: counts the positions whose {Name(module.Reads[1])} matches my {Name(module.Reads[0])}.",
            _ => $"Layer {layer}: a table of {Inputs()}.",
        };
    }

    string Attend(DiscreteModule module, string name)
    {
        var parts = new List<string>
        {
            $"Query = nameof({program.Variables[module.Reads[0]]})",
            $"Key = nameof({program.Variables[module.Reads[1]]})",
        };
        if (module.Kind == ModuleKind.Head) parts.Add($"Value = nameof({program.Variables[module.Reads[2]]})");
        parts.Add($"Where = nameof({name}Selects)");
        if (program.Causal) parts.Add($"Offsets = new[] {{ {string.Join(", ", Enumerable.Range(-(program.Positions - 1), program.Positions))} }}");
        parts.Add(module.Kind == ModuleKind.Head ? "Prefer = Preference.Nearest" : "Aggregate = Aggregation.Count");
        return $"[Attend({string.Join(", ", parts)})]";
    }

    /// <summary>The head's predicate: per query value, the one key value it matches, grouped by key value.</summary>
    void WritePredicate(StringBuilder s, DiscreteModule module, string name)
    {
        var query = types[module.Reads[0]];
        var key = types[module.Reads[1]];
        string parameters = $"{query.Name} query, {key.Name} key";
        bool identity = query.Range == key.Range && Enumerable.Range(0, query.Range).All(q => module.Table[q] == q);
        if (identity)
        {
            s.AppendLine($"    static bool {name}Selects({parameters}) => key == query;");
            s.AppendLine();
            return;
        }
        var cases = Enumerable.Range(0, query.Range).Select(query.Literal).ToList();
        var results = Enumerable.Range(0, query.Range)
            .Select(q => module.Table[q] < key.Range ? $"key == {key.Literal(module.Table[q])}" : "false").ToList();
        s.AppendLine($"    static bool {name}Selects({parameters}) => {SwitchTable.Write("query", cases, results, "    ")};");
        s.AppendLine();
    }

    /// <summary>An MLP: a switch on the first input of switches on the second, grouped by output.</summary>
    void WriteTable(StringBuilder s, DiscreteModule module, string name, DecompiledType output)
    {
        var first = types[module.Reads[0]];
        var second = types[module.Reads[1]];
        string firstName = Parameter(program.Variables[module.Reads[0]]);
        string secondName = Parameter(program.Variables[module.Reads[1]]);
        int Value(int a, int b) => module.Table[a * program.Width + b];
        bool sameInput = module.Reads[0] == module.Reads[1];
        bool usesFirst = !sameInput && Enumerable.Range(0, second.Range).Any(b => Enumerable.Range(0, first.Range).Select(a => Value(a, b)).Distinct().Count() > 1);
        bool usesSecond = !sameInput && Enumerable.Range(0, first.Range).Any(a => Enumerable.Range(0, second.Range).Select(b => Value(a, b)).Distinct().Count() > 1);
        s.AppendLine($"    // {Describe(module)}");
        if (sameInput || !usesSecond)
        {
            // One input matters: the diagonal (same variable twice) or the first.
            var rows = Enumerable.Range(0, first.Range).Select(a => output.Literal(Value(a, sameInput ? a : 0))).ToList();
            s.AppendLine($"    static {output.Name} {name}({first.Name} {firstName}) => {SwitchTable.Write(firstName, Enumerable.Range(0, first.Range).Select(first.Literal).ToList(), rows, "    ")};");
        }
        else if (!usesFirst)
        {
            var rows = Enumerable.Range(0, second.Range).Select(b => output.Literal(Value(0, b))).ToList();
            s.AppendLine($"    static {output.Name} {name}({second.Name} {secondName}) => {SwitchTable.Write(secondName, Enumerable.Range(0, second.Range).Select(second.Literal).ToList(), rows, "    ")};");
        }
        else
        {
            var rows = Enumerable.Range(0, first.Range).Select(a => SwitchTable.Write(secondName,
                Enumerable.Range(0, second.Range).Select(second.Literal).ToList(),
                Enumerable.Range(0, second.Range).Select(b => output.Literal(Value(a, b))).ToList(), "        ")).ToList();
            s.AppendLine($"    static {output.Name} {name}({first.Name} {firstName}, {second.Name} {secondName}) => {SwitchTable.Write(firstName, Enumerable.Range(0, first.Range).Select(first.Literal).ToList(), rows, "    ")};");
        }
        s.AppendLine();
    }

    string Call(DiscreteModule module, string name)
    {
        var first = types[module.Reads[0]];
        var second = types[module.Reads[1]];
        int Value(int a, int b) => module.Table[a * program.Width + b];
        bool sameInput = module.Reads[0] == module.Reads[1];
        bool usesFirst = !sameInput && Enumerable.Range(0, second.Range).Any(b => Enumerable.Range(0, first.Range).Select(a => Value(a, b)).Distinct().Count() > 1);
        bool usesSecond = !sameInput && Enumerable.Range(0, first.Range).Any(a => Enumerable.Range(0, second.Range).Select(b => Value(a, b)).Distinct().Count() > 1);
        string a0 = program.Variables[module.Reads[0]], b0 = program.Variables[module.Reads[1]];
        if (sameInput || !usesSecond) return $"{name}({a0})";
        if (!usesFirst) return $"{name}({b0})";
        return $"{name}({a0}, {b0})";
    }

    /// <summary>
    /// One variable's votes: a switch on its value of what each label gets, zeros left out; values that vote
    /// alike share an arm, and values that cast no vote fall to the default.
    /// </summary>
    void WriteVotes(StringBuilder s, int v)
    {
        var type = types[v];
        string name = program.Variables[v], parameter = Parameter(name);
        int classes = program.Labels.Length;
        var rows = Enumerable.Range(0, type.Range).Select(a => LabelVotes(Enumerable.Range(0, classes).Select(k => program.Votes[v][a * classes + k]).ToArray())).ToList();
        var arms = rows.Select((row, a) => (row, a)).Where(x => x.row != "0")
            .GroupBy(x => x.row, x => type.Literal(x.a))
            .Select(g => $"        {string.Join(" or ", g)} => {g.Key},");
        s.AppendLine($"    // The read-out: what each value of {name} adds to each label's total.");
        s.AppendLine($"    [Votes(nameof({name}))]");
        s.AppendLine($"    static int {name}Votes({type.Name} {parameter}, Labels label) => {parameter} switch");
        s.AppendLine("    {");
        foreach (var arm in arms) s.AppendLine(arm);
        s.AppendLine("        _ => 0,");
        s.AppendLine("    };");
        s.AppendLine();
    }

    /// <summary>A row of votes by label as an expression of <c>label</c>: labels with equal votes share an arm.</summary>
    string LabelVotes(int[] votes)
    {
        var groups = votes.Select((vote, k) => (vote, k)).Where(x => x.vote != 0)
            .GroupBy(x => x.vote, x => labels.Literal(x.k)).ToList();
        if (groups.Count == 0) return "0";
        string Vote(int vote) => vote.ToString(CultureInfo.InvariantCulture);
        if (groups.Count == 1 && groups[0].Count() == 1) return $"label == {groups[0].Single()} ? {Vote(groups[0].Key)} : 0";
        var arms = groups.Select(g => $"{string.Join(" or ", g)} => {Vote(g.Key)}").Append("_ => 0");
        string line = $"label switch {{ {string.Join(", ", arms)} }}";
        if (line.Length <= 100) return line;
        return "label switch" + Environment.NewLine + "        {" + Environment.NewLine
               + string.Concat(arms.Select(arm => $"            {arm},{Environment.NewLine}")) + "        }";
    }

    void WriteStep(StringBuilder s, List<int> phases, List<int> neededVariables, SortedSet<int> atBos)
    {
        s.AppendLine("    [Mlp]");
        s.AppendLine("    void Step()");
        s.AppendLine("    {");
        s.AppendLine("        switch (Layer)");
        s.AppendLine("        {");
        for (int p = 0; p < phases.Count; p++)
        {
            int layer = phases[p];
            s.AppendLine($"            case Layers.Layer{layer}:");
            foreach (int v in neededVariables.Where(v => LayerOf(v) == layer))
            {
                var module = program.Modules[ModuleOf(v)];
                string name = program.Variables[v];
                string line = module.Kind switch
                {
                    ModuleKind.Head => $"{name} = {name}Read ?? {BosValue(module.Reads[2], atBos)};",
                    ModuleKind.Count => $"{name} = {name}Read ?? 0;",
                    _ => $"{name} = {Call(module, name + "Of")};",
                };
                s.AppendLine($"                {line}");
            }
            bool last = p == phases.Count - 1;
            s.AppendLine($"                Layer = Layers.{(last ? "Done" : $"Layer{phases[p + 1]}")};");
            s.AppendLine("                break;");
        }
        s.AppendLine("        }");
        s.AppendLine("    }");
    }

    /// <summary>The value variable at BOS: a constant for tokens and positions, else read by a head.</summary>
    string BosValue(int variable, SortedSet<int> atBos) => variable switch
    {
        0 => "Tokens." + tokens.Members![1],
        1 => "0",
        _ => atBos.Contains(variable) ? $"{program.Variables[variable]}AtBos ?? default" : throw new InvalidOperationException(),
    };

    static string Parameter(string variable) => char.ToLowerInvariant(variable[0]) + variable[1..];

    /// <summary>C# member names for token or label strings: Pad, Bos, Eos, T0.. (digits), Open/Close brackets.</summary>
    static IReadOnlyList<string> MemberNames(string[] names, string digitPrefix) => names.Select(name => name switch
    {
        LearnedTask.Pad => "Pad",
        LearnedTask.Bos => "Bos",
        LearnedTask.Eos => "Eos",
        "(" => "OpenParen",
        ")" => "CloseParen",
        "{" => "OpenBrace",
        "}" => "CloseBrace",
        _ when name.All(char.IsLetter) => name,
        _ => digitPrefix + name,
    }).ToList();
}
