namespace Alta.Generators.Tests.Samples;

/// <summary>The RASP/Tracr token convention: BOS 0 first, letters a, b, c, ... as 1, 2, 3, ...</summary>
internal static class Words
{
    public static int[] Encode(string word) => [0, .. word.Select(c => c - 'a' + 1)];

    public static string Decode(IEnumerable<int> tokens) => new(tokens.Skip(1).Select(t => (char)('a' + t - 1)).ToArray());

    /// <summary>BOS and a random word of 0..<paramref name="maxLetters"/> letters from the first <paramref name="alphabet"/> letters.</summary>
    public static int[] Random(Random random, int maxLetters, int alphabet) =>
        [0, .. Enumerable.Range(0, random.Next(0, maxLetters + 1)).Select(_ => random.Next(1, alphabet + 1))];
}
