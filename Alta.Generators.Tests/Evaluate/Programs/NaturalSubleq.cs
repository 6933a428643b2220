namespace Alta.Generators.Tests.Evaluate.Programs;

public enum NaturalStage { Fetch, Execute, Jump }

/// <summary>
/// SUBLEQ written the way a new user writes it (issue 9's benchmark), without any hand-factoring: an
/// instruction-pointer triple (<see cref="Pc"/>, <see cref="Pc1"/>, <see cref="Pc2"/>) that heads match against the
/// cell index, operand addresses <see cref="A"/> and <see cref="B"/>, the test <c>Cell == B</c> inside the MLP to
/// find the cell to subtract from, and a comparison between two variables for the jump. Memory cells are tokens
/// <c>value + 16</c>; the semantics (saturation, halting, three layers per instruction) are those of the sample.
/// </summary>
[AltaProgram(Vocabulary = 33, MaxLength = 16, Output = nameof(Mem), HaltWhen = nameof(Halted), MaxLayers = 256)]
public partial class NaturalSubleq
{
    public const int Zero = 16;
    public const int Cells = 16;

    [FromToken] [Categorical(33)] public int Mem;
    [FromPosition] [Categorical(33)] public int Cell;
    [Categorical(33)] public int Pc = 0;
    [Categorical(33)] public int Pc1 = 1;
    [Categorical(33)] public int Pc2 = 2;
    [Categorical(33)] public int A;
    [Categorical(33)] public int B;
    public NaturalStage Stage;
    public bool Jump;
    public bool Halted;

    [Attend(Query = nameof(Pc), Key = nameof(Cell), Value = nameof(Mem))] public int? AtPc;
    [Attend(Query = nameof(Pc1), Key = nameof(Cell), Value = nameof(Mem))] public int? AtPc1;
    [Attend(Query = nameof(Pc2), Key = nameof(Cell), Value = nameof(Mem))] public int? AtPc2;
    [Attend(Query = nameof(A), Key = nameof(Cell), Value = nameof(Mem))] public int? AtA;
    [Attend(Query = nameof(B), Key = nameof(Cell), Value = nameof(Mem))] public int? AtB;

    [Mlp]
    void Step()
    {
        if (Halted) return;
        switch (Stage)
        {
            case NaturalStage.Fetch:
                if (AtPc is not int a || AtPc1 is not int b || a < Zero || b < Zero) { Halted = true; return; }
                A = a - Zero;
                B = b - Zero;
                Stage = NaturalStage.Execute;
                return;

            case NaturalStage.Execute:
                if (AtA is not int memA) { Halted = true; return; }
                int subtrahend = memA - Zero;
                if (Cell == B) Mem = Math.Clamp(Mem - subtrahend, 0, 2 * Zero);
                Jump = (AtB ?? Zero) - Zero - subtrahend <= 0;
                Stage = NaturalStage.Jump;
                return;

            case NaturalStage.Jump:
                if (AtB is null) { Halted = true; return; }
                if (Jump)
                {
                    if (AtPc2 is not int c) { Halted = true; return; }
                    Goto(c - Zero);
                }
                else Goto(Pc + 3);
                Stage = NaturalStage.Fetch;
                return;
        }
    }

    void Goto(int target)
    {
        if (target < 0 || target >= Cells) { Halted = true; return; }
        Pc = target;
        Pc1 = target + 1;
        Pc2 = target + 2;
    }
}
