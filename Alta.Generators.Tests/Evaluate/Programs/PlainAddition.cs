namespace Alta.Generators.Tests.Evaluate.Programs;

/// <summary>
/// Multi-digit addition written the plain way the task describes it (the evaluator's own test version, next
/// to the tuned sample): the input is <c>s A + B e</c>; pointers start on <c>+</c> and <c>e</c> and move one
/// position left per layer; heads with a constant query fetch the digits under them; the MLP adds with a carry
/// and writes the digit under the output pointer; when the A pointer reaches <c>s</c> the carry is written.
/// </summary>
[AltaProgram(Vocabulary = 13, Output = nameof(Out), HaltWhen = nameof(Done))]
public partial class PlainAddition
{
    public const int Start = 10;
    public const int Plus = 11;
    public const int End = 12;

    [FromToken] [Categorical(13)] public int Token;
    [FromToken(nameof(IsPlus))] public bool PtrA;
    [FromToken(nameof(IsEnd))] public bool PtrB;
    [FromToken(nameof(IsEnd))] public bool PtrOut;
    public bool One = true;
    [Categorical(2)] public int Carry;
    [Categorical(10)] public int Out;
    public bool Done;

    [Attend(Query = nameof(One), Key = nameof(PtrA), Value = nameof(Token))] public int? DigitA;
    [Attend(Query = nameof(One), Key = nameof(PtrB), Value = nameof(Token))] public int? DigitB;
    [Attend(Value = nameof(PtrA), Offsets = new[] { 1 })] public bool? NextPtrA;
    [Attend(Value = nameof(PtrB), Offsets = new[] { 1 })] public bool? NextPtrB;
    [Attend(Value = nameof(PtrOut), Offsets = new[] { 1 })] public bool? NextPtrOut;

    static bool IsPlus(int token) => token == Plus;
    static bool IsEnd(int token) => token == End;

    [Mlp]
    void Step()
    {
        if (Done) return;
        bool here = PtrOut;
        if (DigitA == Start)
        {
            if (here) Out = Carry;
            Done = true;
            return;
        }
        if (DigitA is int a && a <= 9 && DigitB is int b && b <= 9)
        {
            int sum = a + b + Carry;
            if (here) Out = sum % 10;
            Carry = sum / 10;
        }
        PtrA = NextPtrA ?? false;
        PtrB = NextPtrB ?? false;
        PtrOut = NextPtrOut ?? false;
    }
}
