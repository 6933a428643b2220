namespace Alta.Samples;

/// <summary>
/// SCAN (Lake and Baroni, 2018) inside the Transformer: the input is a command's words, an end marker and 48
/// empty cells; the output is one action per cell (<see cref="ScanAction.None"/> elsewhere), so
/// <c>jump twice after walk</c> fills the first three cells with <c>I_WALK I_JUMP I_JUMP</c>.
/// <para>
/// SCAN's parse tree has a fixed shape: at most two phrases joined by <c>and</c> or <c>after</c>, each a verb
/// with an optional direction (plain, <c>opposite</c> or <c>around</c>) and an optional repeat. The program
/// therefore parses into two tree nodes held as registers (identically at every position): the phrase to write
/// first (<see cref="Verb"/>, <see cref="Shape"/>, <see cref="Right"/>, <see cref="Repeats"/>) and the one to
/// write after it (<c>Next...</c>). <b>Parse</b>, one word per layer: the head <see cref="Current"/> reads the
/// word under <see cref="WordPtr"/>, and the LR automaton's state (<see cref="Phase"/>) and the word decide what
/// the word means; <c>and</c> sends the second phrase into the next node, <c>after</c> moves the first phrase
/// there and parses the second into the first node. <b>Walk</b>, one action per layer: the action is a function
/// of the node's shape and a countdown <see cref="StepsLeft"/> through its unit (the verb's action on the last
/// step, and on every other step for <c>around</c>; a turn otherwise); when the unit ends it starts again while
/// <see cref="Repeats"/> lasts, then the next node moves up. The head <see cref="Targeted"/> tells the cell under
/// <see cref="OutPtr"/> to take the action.
/// </para>
/// <para>
/// A command of n words with k actions takes n + 1 + k layers and halts on <see cref="ScanPhase.Done"/>. An
/// ungrammatical command halts with no action written. Each MLP decision reads the phase, the word or the
/// countdown, and at most one node: the compiled network stays small.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = 15, MaxLength = Length, Output = nameof(Out), HaltWhen = nameof(Phase), HaltValue = ScanPhase.Done, MaxLayers = 64)]
public partial class Scan
{
    /// <summary>The output cells: SCAN's longest action sequence.</summary>
    public const int Cells = 48;

    /// <summary>The longest input: nine words, the end marker and the cells.</summary>
    public const int Length = 9 + 1 + Cells;

    [FromToken(nameof(WordOf))] public ScanWord Word;
    [FromPosition] [Categorical(Length)] public int Idx;
    public bool Always = true;
    public ScanAction Out;

    public ScanPhase Phase;
    [Categorical(11)] public int WordPtr;
    public bool IntoNext;
    public bool HasNext;

    public ScanVerb Verb;
    public ScanShape Shape;
    public bool Right;
    [Categorical(3)] public int Repeats;

    public ScanVerb NextVerb;
    public ScanShape NextShape;
    public bool NextRight;
    [Categorical(3)] public int NextRepeats;

    [Categorical(8)] public int StepsLeft;
    [Categorical(Length)] public int OutPtr;

    [Attend(Query = nameof(WordPtr), Key = nameof(Idx), Value = nameof(Word), Where = nameof(Points))] public ScanWord? Current;
    [Attend(Query = nameof(Idx), Key = nameof(OutPtr), Value = nameof(Always), Offsets = new[] { 0 })] public bool? Targeted;

    static ScanWord WordOf(int token) => (ScanWord)token;
    static bool Points(int pointer, int idx) => idx == pointer;

    [Mlp]
    void Step()
    {
        if (Phase == ScanPhase.Done) return;
        if (Phase == ScanPhase.Emit) Walk();
        else Parse();
    }

    /// <summary>One word: the automaton's transition, and what the word sets in the phrase's node.</summary>
    void Parse()
    {
        if (Current is not ScanWord word) { Phase = ScanPhase.Done; return; }
        if (WordPtr < 10) WordPtr++;
        switch (Phase)
        {
            case ScanPhase.Verb:
                if (word == ScanWord.Turn) { Phase = ScanPhase.AfterTurn; SetVerb(ScanVerb.Turn); }
                else if (word <= ScanWord.Jump) { Phase = ScanPhase.AfterVerb; SetVerb((ScanVerb)((int)word + 1)); }
                else Phase = ScanPhase.Done;
                return;
            case ScanPhase.AfterVerb or ScanPhase.AfterTurn:
                if (word is ScanWord.Left or ScanWord.Right) { Phase = ScanPhase.AfterDirection; SetShape(ScanShape.Side); SetRight(word == ScanWord.Right); }
                else if (word == ScanWord.Opposite) { Phase = ScanPhase.Direction; SetShape(ScanShape.Opposite); }
                else if (word == ScanWord.Around) { Phase = ScanPhase.Direction; SetShape(ScanShape.Around); }
                else if (Phase == ScanPhase.AfterVerb) Complete(word);
                else Phase = ScanPhase.Done;   // turn alone means nothing
                return;
            case ScanPhase.Direction:
                if (word is ScanWord.Left or ScanWord.Right) { Phase = ScanPhase.AfterDirection; SetRight(word == ScanWord.Right); }
                else Phase = ScanPhase.Done;
                return;
            case ScanPhase.AfterDirection:
                Complete(word);
                return;
            case ScanPhase.AfterRepeat:
                EndPhrase(word);
                return;
        }
    }

    /// <summary>After a verb phrase: a repeat, or the end of the phrase.</summary>
    void Complete(ScanWord word)
    {
        if (word is ScanWord.Twice or ScanWord.Thrice) { Phase = ScanPhase.AfterRepeat; SetRepeats(word == ScanWord.Twice ? 1 : 2); }
        else EndPhrase(word);
    }

    /// <summary>A phrase is complete: start the second phrase, or start writing.</summary>
    void EndPhrase(ScanWord word)
    {
        if (word is not (ScanWord.And or ScanWord.After or ScanWord.End)) { Phase = ScanPhase.Done; return; }
        if (word == ScanWord.End)
        {
            Phase = ScanPhase.Emit;
            StepsLeft = UnitLength(Shape, Verb) - 1;
            OutPtr = WordPtr;   // already moved past the end marker: the first cell
            return;
        }
        if (HasNext) { Phase = ScanPhase.Done; return; }   // a third phrase
        HasNext = true;
        Phase = ScanPhase.Verb;
        if (word == ScanWord.And)
        {
            IntoNext = true;
            return;
        }
        // "x after y" writes y first: x moves to the next node, y is parsed into the first.
        NextVerb = Verb;
        NextShape = Shape;
        NextRight = Right;
        NextRepeats = Repeats;
        Shape = ScanShape.Plain;
        Repeats = 0;
    }

    /// <summary>One action into the cell under <see cref="OutPtr"/>, then the countdown moves on.</summary>
    void Walk()
    {
        if (Targeted == true) Out = ActionAt(StepsLeft);
        if (OutPtr < Length - 1) OutPtr++;
        if (StepsLeft > 0)
        {
            StepsLeft--;
            return;
        }
        if (Repeats > 0)
        {
            Repeats--;
            StepsLeft = UnitLength(Shape, Verb) - 1;
            return;
        }
        if (!HasNext)
        {
            Phase = ScanPhase.Done;
            return;
        }
        HasNext = false;
        Verb = NextVerb;
        Shape = NextShape;
        Right = NextRight;
        Repeats = NextRepeats;
        StepsLeft = UnitLength(NextShape, NextVerb) - 1;
    }

    /// <summary>The verb's action on a unit's last step (and every other step around), a turn otherwise.</summary>
    ScanAction ActionAt(int stepsLeft)
    {
        bool acts = Verb != ScanVerb.Turn && (stepsLeft == 0 || (Shape == ScanShape.Around && stepsLeft % 2 == 0));
        if (acts) return (ScanAction)(int)Verb;
        return Right ? ScanAction.TurnRight : ScanAction.TurnLeft;
    }

    /// <summary>How many actions one unit of the phrase has.</summary>
    static int UnitLength(ScanShape shape, ScanVerb verb)
    {
        int turns = shape switch { ScanShape.Plain => 0, ScanShape.Side => 1, ScanShape.Opposite => 2, _ => 4 };
        if (verb == ScanVerb.Turn) return turns > 0 ? turns : 1;   // "turn" alone never parses
        return shape == ScanShape.Around ? 8 : turns + 1;
    }

    void SetVerb(ScanVerb verb) { if (IntoNext) NextVerb = verb; else Verb = verb; }
    void SetShape(ScanShape shape) { if (IntoNext) NextShape = shape; else Shape = shape; }
    void SetRight(bool right) { if (IntoNext) NextRight = right; else Right = right; }
    void SetRepeats(int repeats) { if (IntoNext) NextRepeats = repeats; else Repeats = repeats; }
}
