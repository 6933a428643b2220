namespace Alta.Generators.Tests.Primitives;

/// <summary>
/// Dyck-2 (two kinds of brackets, properly nested) at length 32, written with the RASP primitives: each layer
/// every bracket that is still alive finds its nearest alive neighbours (Prefer = Latest before it, Earliest
/// after it) and a matching pair of neighbours cancels; two counts over all positions tell when nothing
/// changed any more and whether anything is left. Tokens: 0 = '(', 1 = ')', 2 = '[', 3 = ']'.
/// </summary>
[AltaProgram(Vocabulary = 4, MaxLength = 32, Output = nameof(Balanced), HaltWhen = nameof(Done), MaxLayers = 20)]
public partial class Dyck2
{
    [FromToken] [Categorical(4)] public int Token;
    public bool Alive = true;
    public bool Changed = true;   // so that the first layer does not stop at once
    public bool Done;
    public bool Balanced;
    public bool True = true;

    [Attend(Query = nameof(True), Key = nameof(Alive), Value = nameof(Token), MaxOffset = -1, Prefer = Preference.Latest)] public int? LeftToken;
    [Attend(Query = nameof(True), Key = nameof(Alive), Value = nameof(Token), MinOffset = 1, Prefer = Preference.Earliest)] public int? RightToken;
    [Attend(Query = nameof(True), Key = nameof(Changed), Aggregate = Aggregation.Count)] public int? ChangedCount;
    [Attend(Query = nameof(True), Key = nameof(Alive), Aggregate = Aggregation.Count)] public int? AliveCount;

    [Mlp]
    void Step()
    {
        if (Done) return;
        if (ChangedCount == 0)
        {
            Done = true;
            Balanced = AliveCount == 0;
            return;
        }
        Changed = false;
        if (!Alive) return;
        bool open = Token == 0 || Token == 2;
        if (open ? RightToken == Token + 1 : LeftToken == Token - 1)
        {
            Alive = false;
            Changed = true;
        }
    }
}
