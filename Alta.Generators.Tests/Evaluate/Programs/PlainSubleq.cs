namespace Alta.Generators.Tests.Evaluate.Programs;

public enum SubleqStage { Fetch, Execute, Jump }

/// <summary>
/// SUBLEQ written the plain way the task describes it (the evaluator's own test version, next to the tuned
/// sample): memory cells are tokens <c>value + 16</c>; a three-phase state machine fetches <c>a, b, c</c> at
/// <c>pc</c>, subtracts <c>mem[a]</c> in the cell whose index is <c>b</c>, and jumps. Each cell notes at fetch
/// time whether it is the target (<see cref="Target"/>): testing <c>Idx == B - Zero</c> inside the subtraction
/// instead multiplies the subtraction table by the 16 cells (12,544 rules for Mem instead of 784), because a
/// rule's atoms each test one variable.
/// </summary>
[AltaProgram(Vocabulary = 33, MaxLength = 16, Output = nameof(Mem), HaltWhen = nameof(Halted), MaxLayers = 256)]
public partial class PlainSubleq
{
    public const int Zero = 16;
    public const int Cells = 16;

    [FromToken] [Categorical(33)] public int Mem;
    [FromPosition] [Categorical(16)] public int Idx;
    [Categorical(16)] public int Pc;
    [Categorical(33)] public int A;
    [Categorical(33)] public int B;
    [Categorical(33)] public int C;
    public SubleqStage Stage;
    public bool Halted;
    public bool Target;

    [Attend(Query = nameof(Pc), Key = nameof(Idx), Value = nameof(Mem))] public int? AtPc;
    [Attend(Query = nameof(Pc), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(NextOf))] public int? AtPc1;
    [Attend(Query = nameof(Pc), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(SecondNextOf))] public int? AtPc2;
    [Attend(Query = nameof(A), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(Addresses))] public int? AtA;
    [Attend(Query = nameof(B), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(Addresses))] public int? AtB;

    static bool NextOf(int pc, int idx) => idx == pc + 1;
    static bool SecondNextOf(int pc, int idx) => idx == pc + 2;
    static bool Addresses(int address, int idx) => idx == address - Zero;

    [Mlp]
    void Step()
    {
        if (Halted) return;
        switch (Stage)
        {
            case SubleqStage.Fetch:
                if (AtPc is null || AtPc1 is null || AtPc2 is null) { Halted = true; return; }
                A = AtPc.Value;
                B = AtPc1.Value;
                C = AtPc2.Value;
                Target = Idx == B - Zero;
                if (A < Zero || B < Zero) { Halted = true; return; }
                Stage = SubleqStage.Execute;
                break;
            case SubleqStage.Execute:
                int subtrahend = (AtA ?? Zero) - Zero;
                if (Target) Mem = Math.Clamp(Mem - subtrahend, 0, 2 * Zero);
                Stage = SubleqStage.Jump;
                break;
            case SubleqStage.Jump:
                int result = (AtB ?? Zero) - Zero;
                if (result <= 0)
                {
                    if (C < Zero || C - Zero >= Cells) Halted = true;
                    else Pc = C - Zero;
                }
                else if (Pc + 3 >= Cells) Halted = true;
                else Pc += 3;
                Stage = SubleqStage.Fetch;
                break;
        }
    }
}
