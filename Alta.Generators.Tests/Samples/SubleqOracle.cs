namespace Alta.Generators.Tests.Samples;

/// <summary>
/// A plain SUBLEQ machine with the sample's conventions: values saturate at -16..16, reading outside the
/// memory halts. It also counts the layers the three-phase program needs (fetch, execute, jump per
/// instruction) and the layer at which it halts.
/// </summary>
internal static class SubleqOracle
{
    public const int Zero = 16;

    public static int[] Encode(IEnumerable<int> values) => values.Select(v => v + Zero).ToArray();

    public static int[] Decode(IEnumerable<int> tokens) => tokens.Select(t => t - Zero).ToArray();

    /// <summary>Runs at most <paramref name="instructions"/> instructions.</summary>
    public static (int[] Memory, int Layers, bool Halted) Run(int[] memory, int instructions)
    {
        var mem = (int[])memory.Clone();
        int n = mem.Length, pc = 0;
        for (int k = 1; k <= instructions; k++)
        {
            int fetch = 3 * k - 2, execute = 3 * k - 1, jump = 3 * k;
            if (pc + 1 >= n) return (mem, fetch, true);
            int a = mem[pc], b = mem[pc + 1];
            if (a < 0 || b < 0) return (mem, fetch, true);
            if (a >= n) return (mem, execute, true);
            if (b >= n) return (mem, jump, true);
            mem[b] = Math.Clamp(mem[b] - mem[a], -Zero, Zero);
            if (mem[b] <= 0)
            {
                if (pc + 2 >= n) return (mem, jump, true);
                int c = mem[pc + 2];
                if (c < 0 || c >= 16) return (mem, jump, true);
                pc = c;
            }
            else
            {
                if (pc + 3 >= 16) return (mem, jump, true);
                pc += 3;
            }
        }
        return (mem, 3 * instructions, false);
    }
}
