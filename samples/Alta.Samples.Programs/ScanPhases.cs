namespace Alta.Samples;

/// <summary>
/// What <see cref="Scan"/> does in the next layer: one parser state per layer while it reads the command (the
/// states of an LR automaton for SCAN's grammar: what the words read so far of the current phrase allow next),
/// then one action per layer while it walks the two phrases.
/// </summary>
public enum ScanPhase
{
    /// <summary>A phrase starts: expect walk, look, run, jump or turn.</summary>
    Verb,

    /// <summary>After walk, look, run or jump: a direction, opposite/around, a repeat, a conjunction or the end.</summary>
    AfterVerb,

    /// <summary>After turn, which means nothing alone: a direction, opposite or around.</summary>
    AfterTurn,

    /// <summary>After opposite or around: left or right.</summary>
    Direction,

    /// <summary>After the direction: a repeat, a conjunction or the end.</summary>
    AfterDirection,

    /// <summary>After twice or thrice: a conjunction or the end.</summary>
    AfterRepeat,

    /// <summary>Writing one action per layer.</summary>
    Emit,

    /// <summary>Finished (also after an ungrammatical command, with no actions written).</summary>
    Done,
}

/// <summary>The verb of a phrase (<see cref="Turn"/> has no action of its own).</summary>
public enum ScanVerb
{
    /// <summary><c>turn</c></summary>
    Turn,

    /// <summary><c>walk</c></summary>
    Walk,

    /// <summary><c>look</c></summary>
    Look,

    /// <summary><c>run</c></summary>
    Run,

    /// <summary><c>jump</c></summary>
    Jump,
}

/// <summary>How a phrase's turn and action combine into its unit, the part that twice and thrice repeat.</summary>
public enum ScanShape
{
    /// <summary><c>walk</c>: the action.</summary>
    Plain,

    /// <summary><c>walk left</c>: turn, action.</summary>
    Side,

    /// <summary><c>walk opposite left</c>: turn, turn, action.</summary>
    Opposite,

    /// <summary><c>walk around left</c>: (turn, action) four times.</summary>
    Around,
}
