namespace Alta.Samples;

/// <summary>
/// The token convention of the RASP/Tracr programs: token 0 is BOS at position 0, letters <c>a, b, c, ...</c>
/// are tokens <c>1, 2, 3, ...</c>.
/// </summary>
public static class Letters
{
    /// <summary>The BOS token.</summary>
    public const int Bos = 0;

    /// <summary>BOS and the 26 letters.</summary>
    public const int Vocabulary = 27;

    /// <summary>BOS and up to 31 letters.</summary>
    public const int MaxLength = 32;
}
