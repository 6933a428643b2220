using System;

namespace Alta.Samples;

/// <summary>The phases of one <see cref="Subleq"/> instruction.</summary>
public enum SubleqPhase
{
    /// <summary>Read the operands <c>a = mem[pc]</c> and <c>b = mem[pc+1]</c>.</summary>
    Fetch,

    /// <summary><c>mem[b] -= mem[a]</c>.</summary>
    Execute,

    /// <summary>Jump to <c>c = mem[pc+2]</c> if <c>mem[b] &lt;= 0</c>, else go to <c>pc + 3</c>.</summary>
    Jump,
}

/// <summary>
/// SUBLEQ, a one-instruction computer. Each position is one memory cell holding a value -16..16 as the token
/// <c>value + 16</c>. An instruction <c>a, b, c</c> at <c>pc</c> halts if <c>a &lt; 0</c> or <c>b &lt; 0</c>; otherwise it
/// does <c>mem[b] -= mem[a]</c> (the result saturates at -16 and 16), then jumps to <c>c</c> if
/// <c>mem[b] &lt;= 0</c> (halting if <c>c &lt; 0</c>) and else goes on to <c>pc + 3</c>. Reading outside the
/// memory halts too.
/// <para>
/// Three layers per instruction, a state machine whose state (<see cref="Phase"/>, <see cref="Pc"/>,
/// <see cref="A"/>, <see cref="B"/>, <see cref="Halted"/>) is held identically at every position, because
/// every head that feeds it has a query that is the same everywhere. Fetch: heads matching <c>Pc</c>,
/// <c>Pc+1</c> and <c>Pc+2</c> against the position index read the instruction. Execute: a head matching
/// <c>A</c> against the index reads <c>mem[a]</c>, and a head limited to offset 0 tells the cell at <c>b</c>
/// that it is the target, so only that cell subtracts. Jump: a head reads the new <c>mem[b]</c>.
/// Each phase reads at most three variables, which keeps the compiled network small: the subtraction
/// table (33 x 33 values) dominates.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = 33, MaxLength = 16, Output = nameof(Mem), HaltWhen = nameof(Halted), MaxLayers = 192)]
public partial class Subleq
{
    /// <summary>The token of the value 0: a cell holding value <c>v</c> is the token <c>v + Zero</c>.</summary>
    public const int Zero = 16;

    /// <summary>The number of cells the program can address (MaxLength).</summary>
    public const int Cells = 16;

    [FromToken] [Categorical(2 * Zero + 1)] public int Mem;
    [FromPosition] [Categorical(Cells)] public int Idx;
    [Categorical(Cells)] public int Pc;
    [Categorical(2 * Zero + 1)] public int A;
    [Categorical(2 * Zero + 1)] public int B;
    public SubleqPhase Phase;
    public bool Halted;
    public bool Always = true;

    [Attend(Query = nameof(Pc), Key = nameof(Idx), Value = nameof(Mem))] public int? AtPc;
    [Attend(Query = nameof(Pc), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(NextOf))] public int? AtPc1;
    [Attend(Query = nameof(Pc), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(SecondNextOf))] public int? AtPc2;
    [Attend(Query = nameof(A), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(Addresses))] public int? AtA;
    [Attend(Query = nameof(B), Key = nameof(Idx), Value = nameof(Mem), Where = nameof(Addresses))] public int? AtB;
    [Attend(Query = nameof(Idx), Key = nameof(B), Value = nameof(Always), Where = nameof(AddressedBy), Offsets = new[] { 0 })]
    public bool? Targeted;

    static bool NextOf(int pc, int idx) => idx == pc + 1;
    static bool SecondNextOf(int pc, int idx) => idx == pc + 2;
    static bool Addresses(int address, int idx) => idx == address - Zero;
    static bool AddressedBy(int idx, int address) => idx == address - Zero;

    [Mlp]
    void Step()
    {
        switch (Phase)
        {
            case SubleqPhase.Fetch:
                if (AtPc is not int a || a < Zero) { Halted = true; return; }
                if (AtPc1 is not int b || b < Zero) { Halted = true; return; }
                A = a;
                B = b;
                Phase = SubleqPhase.Execute;
                return;

            case SubleqPhase.Execute:
                if (AtA is not int subtrahend) { Halted = true; return; }
                if (Targeted == true) Mem = Math.Clamp(Mem - subtrahend + Zero, 0, 2 * Zero);
                Phase = SubleqPhase.Jump;
                return;

            case SubleqPhase.Jump:
                if (AtB is not int result) { Halted = true; return; }
                if (result <= Zero)
                {
                    if (AtPc2 is not int c || c < Zero || c - Zero >= Cells) { Halted = true; return; }
                    Pc = c - Zero;
                }
                else
                {
                    if (Pc + 3 >= Cells) { Halted = true; return; }
                    Pc += 3;
                }
                Phase = SubleqPhase.Fetch;
                return;
        }
    }
}
