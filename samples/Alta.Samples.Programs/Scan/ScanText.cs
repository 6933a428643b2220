using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Samples;

/// <summary>SCAN's text: commands as words, actions as <c>I_WALK</c> and so on, and the <see cref="Scan"/> program's tokens.</summary>
public static class ScanText
{
    /// <summary>SCAN's longest command.</summary>
    public const int MaxWords = 9;

    private static readonly string[] WordNames = ["walk", "look", "run", "jump", "turn", "left", "right", "opposite", "around", "twice", "thrice", "and", "after"];
    private static readonly string[] ActionNames = ["-", "I_WALK", "I_LOOK", "I_RUN", "I_JUMP", "I_TURN_LEFT", "I_TURN_RIGHT"];

    /// <summary>The words of a command; <see cref="ArgumentException"/> for an unknown word, no word, or more than nine.</summary>
    public static ScanWord[] Words(string command)
    {
        var parts = command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) throw new ArgumentException("The command is empty.");
        if (parts.Length > MaxWords) throw new ArgumentException($"The command has {parts.Length} words; SCAN commands have at most {MaxWords}.");
        return parts.Select(part =>
        {
            int index = Array.IndexOf(WordNames, part.ToLowerInvariant());
            if (index < 0) throw new ArgumentException($"Unknown word '{part}'; the words are: {string.Join(", ", WordNames)}.");
            return (ScanWord)index;
        }).ToArray();
    }

    /// <summary>The command's text.</summary>
    public static string Command(IEnumerable<ScanWord> words) => string.Join(" ", words.Select(w => w < ScanWord.End ? WordNames[(int)w] : w.ToString()));

    /// <summary>Actions as SCAN writes them, separated by spaces (<c>-</c> for <see cref="ScanAction.None"/>).</summary>
    public static string Actions(IEnumerable<ScanAction> actions) => string.Join(" ", actions.Select(a => ActionNames[(int)a]));

    /// <summary>
    /// The <see cref="Scan"/> program's input for a grammatical command: its words, the end marker and
    /// <see cref="Scan.Cells"/> empty cells. <see cref="ArgumentException"/> when the command is not grammatical.
    /// </summary>
    public static int[] Tokens(string command)
    {
        var words = Words(command);
        ScanOracle.Actions(words);
        return Tokens(words);
    }

    /// <summary>The <see cref="Scan"/> program's input for any words (grammatical or not, at most nine).</summary>
    public static int[] Tokens(IReadOnlyList<ScanWord> words)
    {
        if (words.Count > MaxWords) throw new ArgumentException($"{words.Count} words; SCAN commands have at most {MaxWords}.", nameof(words));
        var tokens = new int[words.Count + 1 + Scan.Cells];
        for (int i = 0; i < words.Count; i++) tokens[i] = (int)words[i];
        tokens[words.Count] = (int)ScanWord.End;
        for (int i = words.Count + 1; i < tokens.Length; i++) tokens[i] = (int)ScanWord.Empty;
        return tokens;
    }

    /// <summary>
    /// The actions written into the cells (after the end marker), up to the last one written; a cell left empty
    /// before it reads <see cref="ScanAction.None"/>, so a gap shows as a wrong answer rather than disappearing.
    /// </summary>
    public static ScanAction[] Decode(IReadOnlyList<ScanAction> outputs, int wordCount)
    {
        int first = wordCount + 1, last = outputs.Count - 1;
        while (last >= first && outputs[last] == ScanAction.None) last--;
        var actions = new ScanAction[Math.Max(0, last - first + 1)];
        for (int i = 0; i < actions.Length; i++) actions[i] = outputs[first + i];
        return actions;
    }
}
