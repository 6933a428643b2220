using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Samples.Catalog;

/// <summary>Every sample program under its command-line name, with its input and output formats.</summary>
internal static class SampleCatalog
{
    public static IReadOnlyList<ISample> All { get; } =
    [
        new Sample<bool>("parity-relative", "running parity of bits, one position per layer, relative attention", "10101",
            input => InputFormats.Bits(input, ParityRelative.Start, null, 200), o => OutputFormats.Bits(o, 1),
            ParityRelative.Interpret, ParityRelative.Run, () => ParityRelative.Model),
        new Sample<bool>("parity-absolute", "running parity of bits, one position per layer, absolute positions (at most 50 bits)", "10101",
            input => InputFormats.Bits(input, null, null, 50), o => OutputFormats.Bits(o, 0),
            ParityAbsolute.Interpret, ParityAbsolute.Run, () => ParityAbsolute.Model),
        new Sample<bool>("parity-sum", "parity of bits as the number of ones mod 2, in one layer (at most 49 ones)", "10101",
            input => InputFormats.CountedBits(input, ParitySum.End, ParitySum.MaxOnes), o => OutputFormats.LastBit(o),
            ParitySum.Interpret, ParitySum.Run, () => ParitySum.Model, legend: "{output} at the end marker"),
        new Sample<bool>("parity-count", "parity of bits through an intermediate count of ones, in two layers (at most 49 ones)", "10101",
            input => InputFormats.CountedBits(input, ParityCount.End, ParityCount.MaxOnes), o => OutputFormats.LastBit(o),
            ParityCount.Interpret, ParityCount.Run, () => ParityCount.Model, legend: "{output} at the end marker"),
        new Sample<int>("addition", "adds two whole numbers, one digit per layer", "789+456",
            InputFormats.Addition, o => OutputFormats.Number(o),
            Addition.Interpret, Addition.Run, () => Addition.Model, legend: "{output} digits read as a number"),
        new Sample<int>("subleq", "runs a SUBLEQ program (at most 16 cells, values -16..16) and prints the memory", "9,11,3,11,10,6,11,11,-1,5,10,0",
            InputFormats.Subleq, o => OutputFormats.Memory(o),
            Subleq.Interpret, Subleq.Run, () => Subleq.Model),
        new Sample<int>("sort-unique", "sorts distinct numbers 1..15", "3,5,4,2",
            InputFormats.DistinctNumbers, o => OutputFormats.Numbers(o),
            SortUnique.Interpret, SortUnique.Run, () => SortUnique.Model),
        new Sample<int>("length", "every letter gets the length of the word", "abc",
            InputFormats.Word, o => OutputFormats.Counts(o),
            Length.Interpret, Length.Run, () => Length.Model),
        new Sample<int>("reverse", "reverses a word", "hello",
            InputFormats.Word, o => OutputFormats.Word(o),
            Reverse.Interpret, Reverse.Run, () => Reverse.Model),
        new Sample<int>("histogram", "every letter gets how often it occurs in the word", "hello",
            InputFormats.Word, o => OutputFormats.Counts(o),
            Histogram.Interpret, Histogram.Run, () => Histogram.Model),
        new Sample<int>("sort", "sorts the letters of a word (repeats allowed)", "hello",
            InputFormats.Word, o => OutputFormats.Word(o),
            Sort.Interpret, Sort.Run, () => Sort.Model),
        new Sample<int>("sort-freq", "sorts the letters of a word by frequency, most frequent first (RASP's sort_freq)", "hello",
            InputFormats.Word, o => OutputFormats.Word(o),
            SortFreq.Interpret, SortFreq.Run, () => SortFreq.Model),
        new Sample<int>("double-histogram", "every letter gets how many distinct letters occur as often as it does", "aabbc",
            InputFormats.Word, o => OutputFormats.Counts(o),
            DoubleHistogram.Interpret, DoubleHistogram.Run, () => DoubleHistogram.Model),
        new Sample<int>("most-freq", "the distinct letters of a word, most frequent first (_ after them)", "hello",
            InputFormats.Word, o => OutputFormats.Word(o),
            MostFreq.Interpret, MostFreq.Run, () => MostFreq.Model),
        new Sample<int>("count-less-freq", $"every letter gets how many letters occur fewer than {CountLessFreq.N} times (Tracr's count_less_freq)", "hello",
            InputFormats.Word, o => OutputFormats.Counts(o),
            CountLessFreq.Interpret, CountLessFreq.Run, () => CountLessFreq.Model),
        new Sample<int>("odd-even-sort", "sorts the letters of a word by odd-even transposition, one round per layer", "hello",
            InputFormats.Word, o => OutputFormats.Word(o),
            OddEvenSort.Interpret, OddEvenSort.Run, () => OddEvenSort.Model),
        new Sample<double>("frac-prevs", "at each letter, the fraction of letters so far that are 'l'", "hello",
            InputFormats.Word, o => OutputFormats.Fractions(o),
            FracPrevs.Interpret, FracPrevs.Run, () => FracPrevs.Model),
        new Sample<DyckState>("dyck1", "balanced parentheses for every prefix: P pending, T balanced, F failed", "(()))(",
            InputFormats.Parentheses, o => OutputFormats.Dyck(o),
            Dyck1.Interpret, Dyck1.Run, () => Dyck1.Model),
        new Sample<int>("shift-by", $"every letter gets the letter {ShiftBy.K} place(s) to its left (_ for none)", "abcd",
            InputFormats.Word, o => OutputFormats.Word(o),
            ShiftBy.Interpret, ShiftBy.Run, () => ShiftBy.Model),
        new Sample<ScanAction>("scan", "a SCAN command (Lake and Baroni, 2018) to its actions, one per output cell", "jump twice after walk",
            ScanText.Tokens, o => ScanText.Actions(o.Where(a => a != ScanAction.None)),
            Scan.Interpret, Scan.Run, () => Scan.Model, legend: "{output} per output cell, empty cells left out"),
        .. LearnedSamples.All,
    ];

    /// <summary>The program with this name, or an <see cref="InputException"/> listing the names.</summary>
    public static ISample Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException($"Unknown program '{name}'; the programs are: {string.Join(", ", All.Select(s => s.Name))}.");
}
