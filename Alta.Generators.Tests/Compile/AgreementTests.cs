using Alta.Generators.Tests.Samples;
using Alta.Samples;

namespace Alta.Generators.Tests.Compile;

/// <summary>
/// The project's central guarantee (docs/language.md, "Running and tracing"), for every sample program: on hundreds of random
/// valid inputs, the compiled Transformer (<c>Run</c>) and the class's own C# (<c>Interpret</c>) give the
/// same outputs, the same number of layers and the same halting; and on some of them the fast pass and the
/// dense reference pass agree to the bit on the whole residual stream.
/// </summary>
public class AgreementTests
{
    [Fact] public void ParityRelative() => Agree(Alta.Samples.ParityRelative.Interpret, Alta.Samples.ParityRelative.Run, Alta.Samples.ParityRelative.Model,
        r => [2, .. Bits(r, r.Next(0, 40))]);

    [Fact] public void ParityAbsolute() => Agree(Alta.Samples.ParityAbsolute.Interpret, Alta.Samples.ParityAbsolute.Run, Alta.Samples.ParityAbsolute.Model,
        r => Bits(r, r.Next(1, 51)));

    [Fact] public void ParitySum() => Agree(Alta.Samples.ParitySum.Interpret, Alta.Samples.ParitySum.Run, Alta.Samples.ParitySum.Model,
        r => [.. Bits(r, r.Next(0, Alta.Samples.ParitySum.MaxOnes)), Alta.Samples.ParitySum.End]);

    [Fact] public void ParityCount() => Agree(Alta.Samples.ParityCount.Interpret, Alta.Samples.ParityCount.Run, Alta.Samples.ParityCount.Model,
        r => [.. Bits(r, r.Next(0, Alta.Samples.ParitySum.MaxOnes)), Alta.Samples.ParitySum.End]);

    [Fact] public void Addition() => Agree(Alta.Samples.Addition.Interpret, Alta.Samples.Addition.Run, Alta.Samples.Addition.Model, r =>
    {
        int digits = r.Next(1, 11);
        return [10, .. Digits(r, digits), 11, .. Digits(r, digits), 12];
    });

    [Fact] public void Subleq() => Agree(Alta.Samples.Subleq.Interpret, Alta.Samples.Subleq.Run, Alta.Samples.Subleq.Model, r =>
    {
        int n = r.Next(4, 17);
        return Enumerable.Range(0, n).Select(_ => (r.Next(10) < 9 ? r.Next(n) : r.Next(-16, 17)) + 16).ToArray();
    }, count: 120, referenceLayers: 2);

    [Fact] public void SortUnique() => Agree(Alta.Samples.SortUnique.Interpret, Alta.Samples.SortUnique.Run, Alta.Samples.SortUnique.Model,
        r => [0, .. Enumerable.Range(1, 15).OrderBy(_ => r.Next()).Take(r.Next(0, 16))]);

    [Fact] public void Length() => Agree(Alta.Samples.Length.Interpret, Alta.Samples.Length.Run, Alta.Samples.Length.Model, r => Words.Random(r, 31, 26));

    [Fact] public void Reverse() => Agree(Alta.Samples.Reverse.Interpret, Alta.Samples.Reverse.Run, Alta.Samples.Reverse.Model, r => Words.Random(r, 31, 26));

    [Fact] public void Histogram() => Agree(Alta.Samples.Histogram.Interpret, Alta.Samples.Histogram.Run, Alta.Samples.Histogram.Model, r => Words.Random(r, 31, 5));

    [Fact] public void Sort() => Agree(Alta.Samples.Sort.Interpret, Alta.Samples.Sort.Run, Alta.Samples.Sort.Model, r => Words.Random(r, 31, 6));

    [Fact] public void FracPrevs() => Agree(Alta.Samples.FracPrevs.Interpret, Alta.Samples.FracPrevs.Run, Alta.Samples.FracPrevs.Model, r => Words.Random(r, 31, 13));

    [Fact] public void Dyck1() => Agree(Alta.Samples.Dyck1.Interpret, Alta.Samples.Dyck1.Run, Alta.Samples.Dyck1.Model, r => Words.Random(r, 31, 2));

    [Fact] public void ShiftBy() => Agree(Alta.Samples.ShiftBy.Interpret, Alta.Samples.ShiftBy.Run, Alta.Samples.ShiftBy.Model, r => Words.Random(r, 40, 26));

    [Fact] public void NaturalSubleq() => Agree(Evaluate.Programs.NaturalSubleq.Interpret, Evaluate.Programs.NaturalSubleq.Run, Evaluate.Programs.NaturalSubleq.Model, r =>
    {
        int n = r.Next(4, 17);
        return Enumerable.Range(0, n).Select(_ => (r.Next(10) < 9 ? r.Next(n) : r.Next(-16, 17)) + 16).ToArray();
    }, count: 60, referenceLayers: 2);

    [Fact] public void PlainAddition() => Agree(Evaluate.Programs.PlainAddition.Interpret, Evaluate.Programs.PlainAddition.Run, Evaluate.Programs.PlainAddition.Model, r =>
    {
        int digits = r.Next(1, 11);
        return [10, .. Digits(r, digits), 11, .. Digits(r, digits), 12];
    }, count: 150);

    [Fact] public void NaturalSort() => Agree(Evaluate.Programs.NaturalSort.Interpret, Evaluate.Programs.NaturalSort.Run, Evaluate.Programs.NaturalSort.Model,
        r => Words.Random(r, 31, 6), count: 120);

    [Fact] public void NaiveDyck1() => Agree(Evaluate.Programs.NaiveDyck1.Interpret, Evaluate.Programs.NaiveDyck1.Run, Evaluate.Programs.NaiveDyck1.Model,
        r => Words.Random(r, 31, 2), count: 150);

    [Fact] public void EqualityUpdate() => Agree(Evaluate.Programs.EqualityUpdate.Interpret, Evaluate.Programs.EqualityUpdate.Run, Evaluate.Programs.EqualityUpdate.Model,
        r => Enumerable.Range(0, r.Next(2, 9)).Select(_ => r.Next(8)).ToArray(), count: 400);

    private static void Agree<T>(Interpreted<T> interpret, Compiled<T> run, AltaModel model, Func<Random, int[]> input, int count = 300, int referenceLayers = 64)
    {
        var random = new Random(count * 7919 + model.Name.Length);
        int valid = 0;
        for (int trial = 0; trial < count; trial++)
        {
            var tokens = input(random);
            AltaResult<T> expected;
            try
            {
                expected = interpret(tokens, null, null);
            }
            catch (AltaProgramException)
            {
                continue; // the program has no meaning on this input (docs/language.md, "Running and tracing"); nothing to agree on
            }
            valid++;
            var actual = run(tokens, null);
            var text = "[" + string.Join(",", tokens) + "]";
            Assert.True(expected.Outputs.SequenceEqual(actual.Outputs), $"{model.Name} on {text}: Run {actual} but Interpret {expected}");
            Assert.True(expected.Layers == actual.Layers && expected.Halted == actual.Halted, $"{model.Name} on {text}: Run {actual} but Interpret {expected}");

            if (trial % 25 == 0)
            {
                var fast = model.Run(tokens, referenceLayers);
                var reference = model.RunReference(tokens, referenceLayers);
                Kernels.BitIdentity.Equal(reference.Residual, fast.Residual);
                Assert.Equal(reference.Layers, fast.Layers);
            }
        }
        Assert.True(valid >= count * 2 / 3, $"only {valid} of {count} random inputs were valid for {model.Name}");
    }

    private static int[] Bits(Random random, int length) => Enumerable.Range(0, length).Select(_ => random.Next(2)).ToArray();

    private static int[] Digits(Random random, int length) => Enumerable.Range(0, length).Select(_ => random.Next(10)).ToArray();
}
