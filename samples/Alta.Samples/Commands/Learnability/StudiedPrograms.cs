using System;
using System.Linq;
using Alta.Analysis.Experiments;

namespace Alta.Samples.Commands.Learnability;

/// <summary>
/// The programs of the learnability experiment (docs/learnability.md), with random inputs by length:
/// the three parity programs (length = number of bits) and addition (length = digits per operand).
/// </summary>
public static class StudiedPrograms
{
    public static StudiedProgram[] All { get; } =
    [
        new("parity-relative", ParityRelative.Model, ParityRelative.InterpretedProgram, ParityRelative.CreateInterpreterHost,
            (random, length) => [ParityRelative.Start, .. Bits(random, length)], outputs => outputs[1..]),
        new("parity-absolute", ParityAbsolute.Model, ParityAbsolute.InterpretedProgram, ParityAbsolute.CreateInterpreterHost,
            Bits, outputs => outputs),
        new("parity-sum", ParitySum.Model, ParitySum.InterpretedProgram, ParitySum.CreateInterpreterHost,
            (random, length) => [.. Bits(random, length), ParitySum.End], outputs => outputs[^1..]),
        new("addition", Addition.Model, Addition.InterpretedProgram, Addition.CreateInterpreterHost,
            (random, length) => [Addition.Start, .. Digits(random, length), Addition.Plus, .. Digits(random, length), Addition.End],
            outputs => outputs[..^1]),
    ];

    public static StudiedProgram Find(string name) =>
        All.FirstOrDefault(p => p.Name == name)
        ?? throw new InputException($"'{name}' is not a program of the learnability tools; they know {string.Join(", ", All.Select(p => p.Name))}.");

    static int[] Bits(Random random, int length) => Enumerable.Range(0, length).Select(_ => random.Next(2)).ToArray();

    static int[] Digits(Random random, int length) => Enumerable.Range(0, length).Select(_ => random.Next(10)).ToArray();
}
