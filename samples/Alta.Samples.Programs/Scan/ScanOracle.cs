using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Samples;

/// <summary>
/// The meaning of a SCAN command, computed by a plain recursive interpreter of the grammar (Lake and Baroni,
/// 2018): the reference that the <see cref="Scan"/> program is checked against.
/// <code>
/// C -> S and S | S after S | S
/// S -> V twice | V thrice | V
/// V -> U | U D | U opposite D | U around D      (U = turn needs a direction D)
/// U -> walk | look | run | jump | turn,  D -> left | right
/// </code>
/// </summary>
public static class ScanOracle
{
    /// <summary>The actions of a command; <see cref="ArgumentException"/> when it is not a SCAN command.</summary>
    public static ScanAction[] Actions(IReadOnlyList<ScanWord> words)
    {
        var command = words.ToArray();
        return Command(command).ToArray();
    }

    /// <summary>The actions of a command given as text, as SCAN writes them (<c>I_WALK I_JUMP</c>).</summary>
    public static string Interpret(string command) => ScanText.Actions(Actions(ScanText.Words(command)));

    private static IEnumerable<ScanAction> Command(ScanWord[] words)
    {
        int conjunction = Array.FindIndex(words, w => w is ScanWord.And or ScanWord.After);
        if (conjunction < 0) return Sentence(words);
        var first = Sentence(words[..conjunction]);
        var second = Sentence(words[(conjunction + 1)..]);
        return words[conjunction] == ScanWord.And ? first.Concat(second) : second.Concat(first);
    }

    private static List<ScanAction> Sentence(ScanWord[] words)
    {
        if (words.Length > 0 && words[^1] is ScanWord.Twice or ScanWord.Thrice)
        {
            var once = Verb(words[..^1]);
            int times = words[^1] == ScanWord.Twice ? 2 : 3;
            return Enumerable.Repeat(once, times).SelectMany(a => a).ToList();
        }
        return Verb(words);
    }

    private static List<ScanAction> Verb(ScanWord[] words)
    {
        if (words.Length == 0 || words[0] > ScanWord.Turn) throw Ungrammatical(words, "a phrase must start with walk, look, run, jump or turn");
        var act = Act(words[0]);
        if (words.Length == 1)
        {
            if (act.Count == 0) throw Ungrammatical(words, "'turn' needs a direction");
            return act;
        }
        var turn = Turn(words[^1], words);
        return (words.Length, words[1]) switch
        {
            (2, _) => [turn, .. act],
            (3, ScanWord.Opposite) => [turn, turn, .. act],
            (3, ScanWord.Around) => Enumerable.Repeat<List<ScanAction>>([turn, .. act], 4).SelectMany(a => a).ToList(),
            _ => throw Ungrammatical(words, "expected 'left', 'right', 'opposite left', 'around right' and so on after the verb"),
        };
    }

    private static List<ScanAction> Act(ScanWord verb) => verb switch
    {
        ScanWord.Walk => [ScanAction.Walk],
        ScanWord.Look => [ScanAction.Look],
        ScanWord.Run => [ScanAction.Run],
        ScanWord.Jump => [ScanAction.Jump],
        _ => [],
    };

    private static ScanAction Turn(ScanWord direction, ScanWord[] words) => direction switch
    {
        ScanWord.Left => ScanAction.TurnLeft,
        ScanWord.Right => ScanAction.TurnRight,
        _ => throw Ungrammatical(words, "a direction must be 'left' or 'right'"),
    };

    private static ArgumentException Ungrammatical(ScanWord[] words, string why) =>
        new($"'{ScanText.Command(words)}' is not a SCAN phrase: {why}.");
}
