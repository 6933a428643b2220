namespace Alta.Samples;

/// <summary>
/// Multi-digit addition, one digit per layer, right to left. Tokens: digits 0..9, <c>s</c> = 10,
/// <c>+</c> = 11, <c>e</c> = 12; the input is <c>s A + B e</c> with A and B zero-padded to equal length.
/// <para>
/// Two pointers, <see cref="PtrA"/> and <see cref="PtrB"/>, mark one position each. Every layer, two heads
/// with a constant query and the pointer as key bring the symbols under the pointers to every position, two
/// heads at offset +1 move both pointers one position left, and the MLP adds the two digits and the carry.
/// The digit is written where <c>PtrB</c> stands (the output pointer of the algorithm always coincides with
/// it), the carry is kept identically at every position. An initialiser sees only its own token, so the
/// pointers start on <c>+</c> and <c>e</c>, one to the right of the last digits, and the first layer only
/// moves them. When <c>PtrA</c> reaches <c>s</c>,
/// <c>PtrB</c> stands on <c>+</c>: the final carry is written there and every position is done.
/// </para>
/// <para>
/// The output digit per position, read left to right without the last position (<c>e</c>), is A + B with
/// leading zeros. The MLP reads at most six small variables, so the compiled network stays small.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = 13, Output = nameof(SumDigit), HaltWhen = nameof(Done))]
public partial class Addition
{
    /// <summary>The start token <c>s</c>.</summary>
    public const int Start = 10;

    /// <summary>The token <c>+</c>.</summary>
    public const int Plus = 11;

    /// <summary>The end token <c>e</c>.</summary>
    public const int End = 12;

    // Symbol values: a digit, the start, or one of the two markers (which the sum never needs to tell apart).
    const int StartSymbol = 10;
    const int MarkerSymbol = 11;

    [FromToken(nameof(SymbolOf))] [Categorical(12)] public int Symbol;
    [FromToken(nameof(IsPlus))] public bool PtrA;
    [FromToken(nameof(IsEnd))] public bool PtrB;
    public bool Always = true;
    public bool Carry;
    [Categorical(10)] public int SumDigit;
    public bool Done;

    [Attend(Query = nameof(Always), Key = nameof(PtrA), Value = nameof(Symbol))] public int? UnderA;
    [Attend(Query = nameof(Always), Key = nameof(PtrB), Value = nameof(Symbol))] public int? UnderB;
    [Attend(Value = nameof(PtrA), Offsets = new[] { 1 })] public bool? PtrARight;
    [Attend(Value = nameof(PtrB), Offsets = new[] { 1 })] public bool? PtrBRight;

    static int SymbolOf(int token) => token < 10 ? token : token == Start ? StartSymbol : MarkerSymbol;
    static bool IsPlus(int token) => token == Plus;
    static bool IsEnd(int token) => token == End;

    [Mlp]
    void Step()
    {
        bool writesHere = PtrB;
        PtrA = PtrARight ?? false;
        PtrB = PtrBRight ?? false;

        if (UnderA is not int a || UnderB is not int b) return;
        if (a == StartSymbol)
        {
            if (writesHere) SumDigit = Carry ? 1 : 0;
            Done = true;
            return;
        }
        if (a > 9 || b > 9) return;

        int sum = a + b + (Carry ? 1 : 0);
        if (writesHere) SumDigit = sum % 10;
        Carry = sum >= 10;
    }
}
