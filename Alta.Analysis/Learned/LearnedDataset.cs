using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Learned;

/// <summary>
/// Train, validation and test sets of one task, drawn as the paper does: <c>size</c> draws from a seeded
/// generator, duplicates dropped (<c>--unique 1</c>), then split 80 / 10 / 10. Like the paper's
/// <c>get_dataset</c>, which draws up to five times <c>size</c> and keeps the first <c>size</c> distinct inputs,
/// it stops after <c>5 * size</c> draws: sort and reverse (5 symbols, 1 to 6 of them) have only 19,530 distinct
/// inputs, so their sets are smaller than <c>size</c> and the cap decides how many there are.
/// </summary>
public sealed record LearnedDataset(LearnedTask Task, IReadOnlyList<LabelledSequence> Train, IReadOnlyList<LabelledSequence> Validation, IReadOnlyList<LabelledSequence> Test)
{
    public static LearnedDataset Generate(LearnedTask task, int size, int seed)
    {
        if (size < 10) throw new ArgumentOutOfRangeException(nameof(size), $"A data set needs at least 10 examples, not {size}.");
        var random = new Random(seed);
        var seen = new HashSet<string>();
        var examples = new List<LabelledSequence>();
        for (int tries = 0; examples.Count < size && tries < size * 5; tries++)
        {
            var example = task.Draw(random);
            if (seen.Add(string.Join(",", example.Tokens))) examples.Add(example);
        }
        var shuffled = examples.OrderBy(_ => random.Next()).ToList();
        int test = shuffled.Count / 10, validation = shuffled.Count / 10;
        return new LearnedDataset(
            task,
            shuffled.GetRange(0, shuffled.Count - test - validation),
            shuffled.GetRange(shuffled.Count - test - validation, validation),
            shuffled.GetRange(shuffled.Count - test, test));
    }
}
