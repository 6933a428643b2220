using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Alta.Samples.Catalog;

/// <summary>
/// Human input to tokens, with the start, BOS and end tokens each program expects. Every problem is an
/// <see cref="InputException"/> that names it (the character, its place, the limit).
/// </summary>
internal static class InputFormats
{
    /// <summary>Addition needs one layer per digit plus two; its default budget is 64 layers.</summary>
    private const int MaxDigits = 62;

    /// <summary><c>10101</c> as bits, optionally after a start token and before an end token.</summary>
    public static int[] Bits(string input, int? start, int? end, int maxBits)
    {
        var bits = new List<int>();
        if (start is int s) bits.Add(s);
        for (int i = 0; i < input.Length; i++)
        {
            if (input[i] is not ('0' or '1')) throw new InputException($"'{CharacterText.At(input, i)}' at character {i + 1} is not a bit: type 0s and 1s, e.g. 10101.");
            bits.Add(input[i] - '0');
        }
        if (input.Length == 0) throw new InputException("The input is empty: type at least one bit, e.g. 10101.");
        if (input.Length > maxBits) throw new InputException($"{input.Length} bits is too long: this program takes at most {maxBits}.");
        if (end is int e) bits.Add(e);
        return bits.ToArray();
    }

    /// <summary>The longest input the app passes to a program that has no MaxLength: the interpreter's attention
    /// takes n x n steps per head and layer, so a far longer input would keep the app busy rather than answer
    /// (and the app runs each input twice, to time the second run).</summary>
    public const int MaxUnboundedLength = 4096;

    /// <summary>At most <paramref name="maxOnes"/> ones (the buckets of a counting head), and at most
    /// <see cref="MaxUnboundedLength"/> bits in all.</summary>
    public static int[] CountedBits(string input, int end, int maxOnes)
    {
        var tokens = Bits(input, null, end, MaxUnboundedLength - 1);
        int ones = tokens.Count(t => t == 1);
        if (ones > maxOnes) throw new InputException($"{ones} ones is too many: this program counts at most {maxOnes}.");
        return tokens;
    }

    /// <summary><c>789+456</c> as <c>s 7 8 9 + 4 5 6 e</c>, the shorter number zero-padded.</summary>
    public static int[] Addition(string input)
    {
        var parts = input.Split('+');
        if (parts.Length != 2) throw new InputException($"'{input}' is not an addition: type two numbers joined by +, e.g. 789+456.");
        foreach (var part in parts)
        {
            if (part.Length == 0) throw new InputException($"'{input}' is missing a number: type two numbers joined by +, e.g. 789+456.");
            int bad = part.ToList().FindIndex(c => c is < '0' or > '9');
            if (bad >= 0)
                throw new InputException($"'{CharacterText.At(part, bad)}' in '{part}' is not a digit: type two numbers joined by +, e.g. 789+456.");
        }
        int width = Math.Max(parts[0].Length, parts[1].Length);
        if (width > MaxDigits) throw new InputException($"{width} digits is too long: addition takes at most {MaxDigits} digits per number.");
        var tokens = new List<int> { Alta.Samples.Addition.Start };
        tokens.AddRange(parts[0].PadLeft(width, '0').Select(c => c - '0'));
        tokens.Add(Alta.Samples.Addition.Plus);
        tokens.AddRange(parts[1].PadLeft(width, '0').Select(c => c - '0'));
        tokens.Add(Alta.Samples.Addition.End);
        return tokens.ToArray();
    }

    /// <summary><c>9,11,3,-1</c> as memory cells, each value <c>v</c> as the token <c>v + 16</c>.</summary>
    public static int[] Subleq(string input)
    {
        var values = Integers(input, "memory cell", -Alta.Samples.Subleq.Zero, Alta.Samples.Subleq.Zero, "9,11,3,11,10,6,11,11,-1,5,10,0");
        if (values.Length > Alta.Samples.Subleq.Cells)
            throw new InputException($"{values.Length} memory cells is too many: SUBLEQ has at most {Alta.Samples.Subleq.Cells}.");
        return values.Select(v => v + Alta.Samples.Subleq.Zero).ToArray();
    }

    /// <summary><c>3,5,4,2</c> as BOS and distinct numbers 1..15.</summary>
    public static int[] DistinctNumbers(string input)
    {
        var values = Integers(input, "number", 1, 15, "3,5,4,2");
        if (values.Length > 15) throw new InputException($"{values.Length} numbers is too many: at most 15.");
        var repeated = values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new InputException($"{repeated.Key} appears twice: sort-unique needs distinct numbers (use 'sort' for words with repeats).");
        return [Alta.Samples.SortUnique.Bos, .. values];
    }

    /// <summary><c>hello</c> as BOS and letters a = 1 .. z = 26.</summary>
    public static int[] Word(string input)
    {
        if (input.Length == 0) throw new InputException("The input is empty: type a word of letters a-z, e.g. hello.");
        if (input.Length > Letters.MaxLength - 1)
            throw new InputException($"{input.Length} letters is too long: this program takes at most {Letters.MaxLength - 1}.");
        var tokens = new List<int> { Letters.Bos };
        for (int i = 0; i < input.Length; i++)
        {
            if (input[i] is < 'a' or > 'z') throw new InputException($"'{CharacterText.At(input, i)}' at character {i + 1} is not a letter a-z.");
            tokens.Add(input[i] - 'a' + 1);
        }
        return tokens.ToArray();
    }

    /// <summary><c>(()</c> as BOS and 1 for <c>(</c>, 2 for <c>)</c>.</summary>
    public static int[] Parentheses(string input)
    {
        if (input.Length == 0) throw new InputException("The input is empty: type parentheses, e.g. (()).");
        if (input.Length > Letters.MaxLength - 1)
            throw new InputException($"{input.Length} parentheses is too long: this program takes at most {Letters.MaxLength - 1}.");
        var tokens = new List<int> { Letters.Bos };
        for (int i = 0; i < input.Length; i++)
        {
            tokens.Add(input[i] switch
            {
                '(' => Dyck1.Open,
                ')' => Dyck1.Close,
                _ => throw new InputException($"'{CharacterText.At(input, i)}' at character {i + 1} is not a parenthesis: type ( and ), e.g. (()).")
            });
        }
        return tokens.ToArray();
    }

    private static int[] Integers(string input, string what, int min, int max, string example)
    {
        var parts = input.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) throw new InputException($"The input is empty: type numbers separated by commas, e.g. {example}.");
        var values = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out values[i]))
                throw new InputException($"'{parts[i]}' is not a whole number: type numbers separated by commas, e.g. {example}.");
            if (values[i] < min || values[i] > max)
                throw new InputException($"{values[i]} (the {Ordinal(i + 1)} {what}) is outside {min}..{max}.");
        }
        return values;
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
