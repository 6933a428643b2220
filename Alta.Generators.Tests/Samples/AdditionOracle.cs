namespace Alta.Generators.Tests.Samples;

/// <summary>The addition task's encoding and its expected output, from plain arithmetic.</summary>
internal static class AdditionOracle
{
    public const int Start = 10, Plus = 11, End = 12;

    /// <summary><c>s A + B e</c> with both numbers zero-padded to <paramref name="width"/> digits.</summary>
    public static int[] Encode(long a, long b, int width)
    {
        var tokens = new List<int> { Start };
        tokens.AddRange(Digits(a, width));
        tokens.Add(Plus);
        tokens.AddRange(Digits(b, width));
        tokens.Add(End);
        return tokens.ToArray();
    }

    /// <summary>
    /// Zeros under <c>s</c> and A, the <c>width + 1</c> digits of the sum under <c>+</c> and B, and 0 under
    /// <c>e</c>: read without the last position, the outputs are the sum.
    /// </summary>
    public static int[] Expected(long a, long b, int width)
    {
        var outputs = new List<int>(new int[width + 1]);
        outputs.AddRange(Digits(a + b, width + 1));
        outputs.Add(0);
        return outputs.ToArray();
    }

    /// <summary>The number the outputs spell, the last position dropped.</summary>
    public static long Read(int[] outputs) => outputs.Take(outputs.Length - 1).Aggregate(0L, (n, d) => n * 10 + d);

    private static IEnumerable<int> Digits(long value, int width)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');
        Assert.Equal(width, text.Length);
        return text.Select(c => c - '0');
    }
}
