namespace Alta.Samples;

/// <summary>
/// The words of a SCAN command, plus the end marker and the empty memory cell; a word's token is its value.
/// </summary>
public enum ScanWord
{
    /// <summary><c>walk</c></summary>
    Walk,

    /// <summary><c>look</c></summary>
    Look,

    /// <summary><c>run</c></summary>
    Run,

    /// <summary><c>jump</c></summary>
    Jump,

    /// <summary><c>turn</c>: a verb without an action of its own.</summary>
    Turn,

    /// <summary><c>left</c></summary>
    Left,

    /// <summary><c>right</c></summary>
    Right,

    /// <summary><c>opposite</c></summary>
    Opposite,

    /// <summary><c>around</c></summary>
    Around,

    /// <summary><c>twice</c></summary>
    Twice,

    /// <summary><c>thrice</c></summary>
    Thrice,

    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>after</c></summary>
    After,

    /// <summary>The end of the command.</summary>
    End,

    /// <summary>An empty output cell.</summary>
    Empty,
}

/// <summary>One output action of SCAN, or <see cref="None"/> for a position that holds no action.</summary>
public enum ScanAction
{
    /// <summary>No action (the command's words, and the cells after the last action).</summary>
    None,

    /// <summary><c>I_WALK</c></summary>
    Walk,

    /// <summary><c>I_LOOK</c></summary>
    Look,

    /// <summary><c>I_RUN</c></summary>
    Run,

    /// <summary><c>I_JUMP</c></summary>
    Jump,

    /// <summary><c>I_TURN_LEFT</c></summary>
    TurnLeft,

    /// <summary><c>I_TURN_RIGHT</c></summary>
    TurnRight,
}
