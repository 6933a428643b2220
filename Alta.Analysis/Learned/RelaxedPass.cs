using System;
using System.Numerics.Tensors;

namespace Alta.Analysis.Learned;

/// <summary>
/// The relaxed model's forward and backward pass over one input, with the weights of one
/// <see cref="SampledProgram"/>. Every variable is a distribution over <c>Width</c> values at every
/// position (row-major, position x value); in the limit of a low temperature they are one-hot and the pass
/// computes exactly what <see cref="DiscreteProgram.Run"/> does. Its arrays are sized for the longest input
/// and kept: a trainer passes one input after another through the same pass (<see cref="Load"/>), so a batch
/// allocates nothing per input (allocation and its zeroing were a third of the trainer's processor time).
/// </summary>
public sealed class RelaxedPass
{
    /// <summary>Added inside the log of a head's score, so that "no match" is a finite, very low logit.</summary>
    const double Epsilon = 1e-6;

    readonly SampledProgram sampled;
    readonly ProgramLayout layout;
    readonly int d, variables;
    int n, size;
    int[] tokens = [];

    /// <summary>Every variable, one after another: variable v is <c>[v * size, (v + 1) * size)</c>, size = n * d.</summary>
    readonly double[] residual, residualGradient;
    /// <summary>Per module, its reads one after another (read r at <c>r * size</c>), kept for the backward pass.</summary>
    readonly double[][] reads;
    readonly double[] readGradients;
    /// <summary>Per head or count module: u = q P (n * d) and its scores (n * n); per head the scores' totals and attention.</summary>
    readonly double[][] matchable, scores, totals, attention;
    /// <summary>Per count module, per query position, the count's distribution after each key position it may see.</summary>
    readonly double[][] steps;
    /// <summary>Per MLP, per position the outer product of its two reads (d * d).</summary>
    readonly double[][] outer;
    readonly double[] probabilities;
    /// <summary>The read-out's weights class-major, <c>[(variable * Classes + class) * Width + value]</c>, so that a value row is contiguous; and their gradient.</summary>
    readonly double[] readout, readoutGradientByClass;
    // Scratch of the backward pass.
    readonly double[] scoreGradient, du, dw, column, dots, weights, g, previous, classGradient;

    public RelaxedPass(SampledProgram sampled, int[] tokens) : this(sampled) => Load(tokens);

    /// <summary>
    /// A pass with room for the longest input; <see cref="Load"/> an input before <see cref="Forward"/>. It copies
    /// the read-out's weights here, so a pass lives no longer than its <see cref="SampledProgram"/> (one step).
    /// </summary>
    public RelaxedPass(SampledProgram sampled)
    {
        this.sampled = sampled;
        layout = sampled.Program.Layout;
        d = layout.Width;
        variables = layout.Variables.Count;
        int positions = layout.Positions, most = positions * d;
        var modules = sampled.Program.Modules;
        residual = new double[variables * most];
        residualGradient = new double[variables * most];
        reads = new double[modules.Count][];
        matchable = new double[modules.Count][];
        scores = new double[modules.Count][];
        totals = new double[modules.Count][];
        attention = new double[modules.Count][];
        steps = new double[modules.Count][];
        outer = new double[modules.Count][];
        int mostReads = 0;
        for (int m = 0; m < modules.Count; m++)
        {
            reads[m] = new double[modules[m].Reads.Length * most];
            mostReads = Math.Max(mostReads, modules[m].Reads.Length);
            switch (modules[m].Kind)
            {
                case ModuleKind.Head:
                    (matchable[m], scores[m], totals[m], attention[m]) = (new double[most], new double[positions * positions], new double[positions], new double[positions * positions]);
                    break;
                case ModuleKind.Count:
                    (matchable[m], scores[m], steps[m]) = (new double[most], new double[positions * positions], new double[positions * (positions + 1) * d]);
                    break;
                case ModuleKind.Mlp:
                    outer[m] = new double[positions * d * d];
                    break;
            }
        }
        readGradients = new double[mostReads * most];
        probabilities = new double[positions * layout.Classes];
        classGradient = new double[positions * layout.Classes];
        int classes = layout.Classes;
        var weightsByValue = sampled.Program.Readout.Value;
        readout = new double[weightsByValue.Length];
        readoutGradientByClass = new double[weightsByValue.Length];
        for (int v = 0; v < variables; v++)
            for (int a = 0; a < d; a++)
                for (int k = 0; k < classes; k++) readout[(v * classes + k) * d + a] = weightsByValue[(v * d + a) * classes + k];
        scoreGradient = new double[positions * positions];
        du = new double[most];
        dw = new double[d * d];
        column = new double[Math.Max(positions, variables)];
        dots = new double[Math.Max(d, variables)];
        weights = new double[Math.Max(mostReads, positions)];
        g = new double[d];
        previous = new double[d];
    }

    /// <summary>Makes <paramref name="tokens"/> the input of the next <see cref="Forward"/>.</summary>
    public void Load(int[] tokens)
    {
        if (tokens.Length > layout.Positions) throw new ArgumentException($"The input has {tokens.Length} positions; the model has {layout.Positions}.", nameof(tokens));
        this.tokens = tokens;
        n = tokens.Length;
        size = n * d;
    }

    /// <summary>Per position, the class probabilities of the read-out (after <see cref="Forward"/>).</summary>
    public ReadOnlySpan<double> Probabilities(int position) => probabilities.AsSpan(position * layout.Classes, layout.Classes);

    /// <summary>Variable <paramref name="variable"/>'s distribution over its values at a position (after <see cref="Forward"/>).</summary>
    public ReadOnlySpan<double> Value(int variable, int position) => Variable(variable).Slice(position * d, d);

    Span<double> Variable(int v) => residual.AsSpan(v * size, size);

    Span<double> Read(int m, int r) => reads[m].AsSpan(r * size, size);

    /// <summary>How many key positions query position i may see: all of them, or (causal) those up to i.</summary>
    int Visible(int i) => layout.Causal ? i + 1 : n;

    /// <summary>Runs every module; returns the summed cross-entropy over the labelled positions.</summary>
    public double Forward(int[] labels)
    {
        residual.AsSpan(0, 2 * size).Clear();
        for (int i = 0; i < n; i++) { residual[i * d + tokens[i]] = 1; residual[size + i * d + i] = 1; }
        var modules = sampled.Program.Modules;
        for (int m = 0; m < modules.Count; m++)
        {
            for (int r = 0; r < modules[m].Reads.Length; r++) Mix(sampled.Reads[m][r], modules[m].Inputs, Read(m, r));
            var output = Variable(2 + m);
            switch (modules[m].Kind)
            {
                case ModuleKind.Head: HeadForward(m, output); break;
                case ModuleKind.Count: CountForward(m, output); break;
                case ModuleKind.Mlp: TableForward(m, output); break;
            }
        }
        ReadoutLogits();
        Softmax();
        double loss = 0;
        for (int i = 0; i < n; i++)
            if (labels[i] >= 0) loss -= Math.Log(Math.Max(probabilities[i * layout.Classes + labels[i]], 1e-300));
        return loss;
    }

    /// <summary>The read-out's class scores: per position, the sum over variables and values of value times row.</summary>
    void ReadoutLogits()
    {
        int c = layout.Classes;
        var logits = probabilities.AsSpan(0, n * c);
        logits.Clear();
        Span<double> classScores = stackalloc double[c];
        for (int v = 0; v < variables; v++)
        {
            var rows = readout.AsSpan(v * c * d, c * d);
            for (int i = 0; i < n; i++)
            {
                RowProducts.Dots(residual.AsSpan(v * size + i * d, d), rows, d, classScores);
                TensorPrimitives.Add(logits.Slice(i * c, c), classScores, logits.Slice(i * c, c));
            }
        }
    }

    void ReadoutBackward(double[] readoutGradient, int[] labels, double scale)
    {
        int c = layout.Classes;
        var gradient = classGradient.AsSpan(0, n * c);
        for (int i = 0; i < n; i++)
            for (int k = 0; k < c; k++)
                gradient[i * c + k] = labels[i] < 0 ? 0 : scale * (probabilities[i * c + k] - (k == labels[i] ? 1 : 0));
        var rows = column.AsSpan(0, n);
        for (int v = 0; v < variables; v++)
        {
            var classRows = readout.AsSpan(v * c * d, c * d);
            for (int i = 0; i < n; i++)
                if (labels[i] >= 0) RowProducts.AddWeighted(residualGradient.AsSpan(v * size + i * d, d), gradient.Slice(i * c, c), classRows, d);
            for (int k = 0; k < c; k++)
            {
                for (int i = 0; i < n; i++) rows[i] = gradient[i * c + k];
                RowProducts.AddWeighted(readoutGradientByClass.AsSpan((v * c + k) * d, d), rows, residual.AsSpan(v * size, size), d);
            }
        }
        // Back to the read-out's own order, (variable, value) then class.
        for (int v = 0; v < variables; v++)
            for (int k = 0; k < c; k++)
                for (int a = 0; a < d; a++) readoutGradient[(v * d + a) * c + k] += readoutGradientByClass[(v * c + k) * d + a];
        Array.Clear(readoutGradientByClass);
    }

    /// <summary>Adds <paramref name="scale"/> times the gradient of the loss to the sampled program's gradients.</summary>
    public void Backward(int[] labels, double scale)
    {
        residualGradient.AsSpan(0, variables * size).Clear();
        var modules = sampled.Program.Modules;
        // The read-out reads every variable, so its gradient reaches each one before its module's turn below.
        ReadoutBackward(sampled.ReadoutGradient, labels, scale);
        for (int m = modules.Count - 1; m >= 0; m--)
        {
            int count = modules[m].Reads.Length;
            readGradients.AsSpan(0, count * size).Clear();
            var outputGradient = residualGradient.AsSpan((2 + m) * size, size);
            switch (modules[m].Kind)
            {
                case ModuleKind.Mlp: TableBackward(m, outputGradient); break;
                case ModuleKind.Head: HeadBackward(m, outputGradient); break;
                case ModuleKind.Count: CountBackward(m, outputGradient); break;
            }
            MixBackward(m, modules[m].Inputs);
        }
    }

    /// <summary>A read: the mixture of the first <paramref name="inputs"/> variables with the sampled weights.</summary>
    void Mix(double[] choice, int inputs, Span<double> read)
    {
        read.Clear();
        RowProducts.AddWeighted(read, choice.AsSpan(0, inputs), residual, size);
    }

    /// <summary>Each read's gradient: to its choice weights (a dot with each variable) and to the variables it mixed.</summary>
    void MixBackward(int m, int inputs)
    {
        var choices = sampled.Reads[m];
        var choiceGradients = sampled.ReadGradients[m];
        var products = dots.AsSpan(0, inputs);
        for (int r = 0; r < choices.Length; r++)
        {
            RowProducts.Dots(readGradients.AsSpan(r * size, size), residual, size, products);
            TensorPrimitives.Add(choiceGradients[r].AsSpan(0, inputs), products, choiceGradients[r].AsSpan(0, inputs));
        }
        var perRead = weights.AsSpan(0, choices.Length);
        for (int v = 0; v < inputs; v++)
        {
            for (int r = 0; r < choices.Length; r++) perRead[r] = choices[r][v];
            RowProducts.AddWeighted(residualGradient.AsSpan(v * size, size), perRead, readGradients, size);
        }
    }

    /// <summary>u = q P: per query position, how much each key value matches.</summary>
    void Matchable(ReadOnlySpan<double> query, double[] predicate, Span<double> u)
    {
        u.Clear();
        for (int i = 0; i < n; i++) RowProducts.AddWeighted(u.Slice(i * d, d), query.Slice(i * d, d), predicate, d);
    }

    /// <summary>s_ij = u_i . k_j for the key positions i may see, 0 for the others.</summary>
    void Scores(ReadOnlySpan<double> u, ReadOnlySpan<double> key, Span<double> s)
    {
        s.Clear();
        for (int i = 0; i < n; i++) RowProducts.Dots(u.Slice(i * d, d), key, d, s.Slice(i * n, Visible(i)));
    }

    /// <summary>From dLoss/ds: the gradients of the query, the key and the predicate (s = q P k).</summary>
    void MatchableBackward(ReadOnlySpan<double> query, double[] predicate, double[] predicateGradient, ReadOnlySpan<double> u, ReadOnlySpan<double> key,
        ReadOnlySpan<double> scoreGradient, Span<double> queryGradient, Span<double> keyGradient)
    {
        var du = this.du.AsSpan(0, size);
        du.Clear();
        var rows = column.AsSpan(0, n);
        for (int i = 0; i < n; i++) RowProducts.AddWeighted(du.Slice(i * d, d), scoreGradient.Slice(i * n, n), key, d);
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++) rows[i] = scoreGradient[i * n + j];
            RowProducts.AddWeighted(keyGradient.Slice(j * d, d), rows, u, d);
        }
        var products = dots.AsSpan(0, d);
        for (int i = 0; i < n; i++)
        {
            RowProducts.Dots(du.Slice(i * d, d), predicate, d, products);
            TensorPrimitives.Add(queryGradient.Slice(i * d, d), products, queryGradient.Slice(i * d, d));
        }
        for (int a = 0; a < d; a++)
        {
            for (int i = 0; i < n; i++) rows[i] = query[i * d + a];
            RowProducts.AddWeighted(predicateGradient.AsSpan(a * d, d), rows, du, d);
        }
    }

    /// <summary>
    /// A categorical head: score s_ij = q_i P k_j; BOS gains relu(1 - sum_j s_ij) so that it is selected
    /// when nothing matches; attention is the softmax of (log s + nearest-first bias) / tau; it copies v.
    /// </summary>
    void HeadForward(int m, Span<double> z)
    {
        ReadOnlySpan<double> query = Read(m, 0), key = Read(m, 1), value = Read(m, 2);
        double tau = sampled.Tau;
        var u = matchable[m].AsSpan(0, size);
        var s = scores[m].AsSpan(0, n * n);
        var total = totals[m];
        var attention = this.attention[m].AsSpan(0, n * n);
        Matchable(query, sampled.Tables[m], u);
        Scores(u, key, s);
        attention.Clear();
        z.Clear();
        for (int i = 0; i < n; i++)
        {
            int visible = Visible(i);
            total[i] = 0;
            for (int j = 0; j < n; j++) total[i] += s[i * n + j];
            s[i * n] += Math.Max(0, 1 - total[i]);
            double max = double.NegativeInfinity;
            for (int j = 0; j < visible; j++)
                max = Math.Max(max, attention[i * n + j] = (Math.Log(s[i * n + j] + Epsilon) + NearestFirst.Bias(i, j, layout.Positions)) / tau);
            double sum = 0;
            for (int j = 0; j < visible; j++) sum += attention[i * n + j] = Math.Exp(attention[i * n + j] - max);
            for (int j = 0; j < visible; j++) attention[i * n + j] /= sum;
            RowProducts.AddWeighted(z.Slice(i * d, d), attention.Slice(i * n, visible), value, d);
        }
    }

    void HeadBackward(int m, ReadOnlySpan<double> outputGradient)
    {
        ReadOnlySpan<double> query = Read(m, 0), key = Read(m, 1), value = Read(m, 2);
        var queryGradient = readGradients.AsSpan(0, size);
        var keyGradient = readGradients.AsSpan(size, size);
        var valueGradient = readGradients.AsSpan(2 * size, size);
        var attention = this.attention[m].AsSpan(0, n * n);
        var s = scores[m];
        var total = totals[m];
        double tau = sampled.Tau;
        var scoreGradient = this.scoreGradient.AsSpan(0, n * n);
        scoreGradient.Clear();
        var da = dots.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            int visible = Visible(i);
            RowProducts.Dots(outputGradient.Slice(i * d, d), value, d, da[..visible]);
            double dot = TensorPrimitives.Dot(attention.Slice(i * n, visible), da[..visible]);
            for (int j = 0; j < visible; j++)
            {
                double dLogit = attention[i * n + j] * (da[j] - dot);
                scoreGradient[i * n + j] = dLogit / (tau * (s[i * n + j] + Epsilon));
            }
            // BOS's score included relu(1 - total), and total is the sum of the raw scores.
            if (1 - total[i] > 0)
            {
                double dTotal = -scoreGradient[i * n];
                for (int j = 0; j < visible; j++) scoreGradient[i * n + j] += dTotal;
            }
        }
        // The value's gradient: v_j gets sum_i a_ij dz_i.
        var rows = column.AsSpan(0, n);
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++) rows[i] = attention[i * n + j];
            RowProducts.AddWeighted(valueGradient.Slice(j * d, d), rows, outputGradient, d);
        }
        MatchableBackward(query, sampled.Tables[m], sampled.TableGradients[m], matchable[m].AsSpan(0, size), key, scoreGradient, queryGradient, keyGradient);
    }

    /// <summary>
    /// A count head: the number of selected positions, as a distribution over 0 .. Width-1. Each score
    /// s_ij is read as the probability that j is selected, so the count is a Poisson-binomial variable
    /// (computed position by position); with one-hot inputs it is exactly the count.
    /// </summary>
    void CountForward(int m, Span<double> z)
    {
        var u = matchable[m].AsSpan(0, size);
        var s = scores[m].AsSpan(0, n * n);
        Matchable(Read(m, 0), sampled.Tables[m], u);
        Scores(u, Read(m, 1), s);
        int rowsPerQuery = (n + 1) * d;
        for (int i = 0; i < n; i++)
        {
            var rows = steps[m].AsSpan(i * rowsPerQuery, rowsPerQuery);
            rows[..d].Clear();
            rows[0] = 1;
            int visible = Visible(i);
            for (int j = 0; j < visible; j++)
            {
                double p = Math.Clamp(s[i * n + j], 0, 1);
                // next(k) = state(k) (1 - p) + state(k - 1) p: j is not selected, or it is. A plain loop: a row is
                // too short for a vectorised call to pay for itself, and this recurrence runs n^2 times per count.
                int state = j * d, next = state + d;
                rows[next] = rows[state] * (1 - p);
                for (int k = 1; k < d; k++) rows[next + k] = rows[state + k] * (1 - p) + rows[state + k - 1] * p;
            }
            rows.Slice(visible * d, d).CopyTo(z.Slice(i * d, d));
        }
    }

    void CountBackward(int m, ReadOnlySpan<double> outputGradient)
    {
        var s = scores[m];
        var scoreGradient = this.scoreGradient.AsSpan(0, n * n);
        scoreGradient.Clear();
        int rowsPerQuery = (n + 1) * d;
        var g = this.g.AsSpan();
        var previous = this.previous.AsSpan();
        for (int i = 0; i < n; i++)
        {
            outputGradient.Slice(i * d, d).CopyTo(g);
            var rows = steps[m].AsSpan(i * rowsPerQuery, rowsPerQuery);
            for (int j = Visible(i) - 1; j >= 0; j--)
            {
                int before = j * d;
                double p = Math.Clamp(s[i * n + j], 0, 1), dp = 0;
                // dnext(k)/dp = state(k - 1) - state(k); dstate(k) = dnext(k) (1 - p) + dnext(k + 1) p.
                for (int k = 0; k < d; k++)
                {
                    dp += g[k] * ((k > 0 ? rows[before + k - 1] : 0) - rows[before + k]);
                    previous[k] = g[k] * (1 - p) + (k + 1 < d ? g[k + 1] * p : 0);
                }
                scoreGradient[i * n + j] = dp;
                var swap = g;
                g = previous;
                previous = swap;
            }
        }
        MatchableBackward(Read(m, 0), sampled.Tables[m], sampled.TableGradients[m], matchable[m].AsSpan(0, size), Read(m, 1), scoreGradient,
            readGradients.AsSpan(0, size), readGradients.AsSpan(size, size));
    }

    /// <summary>
    /// y_p = sum over (a, b) of first_p(a) second_p(b) table[a, b, :]: an MLP. Written as a product with the
    /// table's columns (<see cref="SampledProgram.MlpColumns"/>): per position the outer product w_p of the two
    /// reads (d * d values), then each output is one dot product of length d * d, four outputs at a time
    /// (<see cref="RowProducts"/>; a loop over the d outputs of one table row would be too short to vectorise).
    /// </summary>
    void TableForward(int m, Span<double> y)
    {
        ReadOnlySpan<double> first = Read(m, 0), second = Read(m, 1);
        var columns = sampled.MlpColumns[m]!;
        int pairs = d * d;
        var outer = this.outer[m];
        for (int i = 0; i < n; i++)
        {
            var secondRow = second.Slice(i * d, d);
            for (int a = 0; a < d; a++) TensorPrimitives.Multiply(secondRow, first[i * d + a], outer.AsSpan(i * pairs + a * d, d));
            RowProducts.Dots(outer.AsSpan(i * pairs, pairs), columns, pairs, y.Slice(i * d, d));
        }
    }

    void TableBackward(int m, ReadOnlySpan<double> outputGradient)
    {
        ReadOnlySpan<double> first = Read(m, 0), second = Read(m, 1);
        var firstGradient = readGradients.AsSpan(0, size);
        var secondGradient = readGradients.AsSpan(size, size);
        var columns = sampled.MlpColumns[m]!;
        var columnGradients = sampled.MlpColumnGradients[m]!;
        var outer = this.outer[m];
        int pairs = d * d;
        var products = dots.AsSpan(0, d);
        for (int i = 0; i < n; i++)
        {
            // dw = sum over outputs o of dy(o) column(o).
            Array.Clear(dw);
            RowProducts.AddWeighted(dw, outputGradient.Slice(i * d, d), columns, pairs);
            // w[a, b] = first(a) second(b): d first(a) = dw[a, :] . second, d second += first(a) dw[a, :].
            RowProducts.Dots(second.Slice(i * d, d), dw, d, products);
            TensorPrimitives.Add(firstGradient.Slice(i * d, d), products, firstGradient.Slice(i * d, d));
            RowProducts.AddWeighted(secondGradient.Slice(i * d, d), first.Slice(i * d, d), dw, d);
        }
        // column(o) gains sum over positions p of dy_p(o) w_p.
        var rows = column.AsSpan(0, n);
        for (int o = 0; o < d; o++)
        {
            for (int i = 0; i < n; i++) rows[i] = outputGradient[i * d + o];
            RowProducts.AddWeighted(columnGradients.AsSpan(o * pairs, pairs), rows, outer, pairs);
        }
    }

    void Softmax()
    {
        int c = layout.Classes;
        var logits = probabilities;
        for (int i = 0; i < n; i++)
        {
            double max = double.NegativeInfinity, sum = 0;
            for (int k = 0; k < c; k++) max = Math.Max(max, logits[i * c + k]);
            for (int k = 0; k < c; k++) sum += logits[i * c + k] = Math.Exp(logits[i * c + k] - max);
            for (int k = 0; k < c; k++) logits[i * c + k] /= sum;
        }
    }
}
