using System;
using System.Collections.Generic;
using System.Numerics.Tensors;

namespace Alta.Analysis.Learned;

/// <summary>
/// The relaxed model's forward and backward pass over one input, with the weights of one
/// <see cref="SampledProgram"/>. Every variable is a distribution over <c>Width</c> values at every
/// position (row-major, position x value); in the limit of a low temperature they are one-hot and the pass
/// computes exactly what <see cref="DiscreteProgram.Run"/> does.
/// </summary>
public sealed class RelaxedPass
{
    /// <summary>Added inside the log of a head's score, so that "no match" is a finite, very low logit.</summary>
    const double Epsilon = 1e-6;

    readonly SampledProgram sampled;
    readonly ProgramLayout layout;
    readonly int n, d;
    readonly int[] tokens;
    readonly List<double[]> values = [];
    readonly double[][][] readCache;
    readonly object?[] moduleCache;
    double[] probabilities = [];

    public RelaxedPass(SampledProgram sampled, int[] tokens)
    {
        this.sampled = sampled;
        layout = sampled.Program.Layout;
        this.tokens = tokens;
        n = tokens.Length;
        d = layout.Width;
        if (n > layout.Positions) throw new ArgumentException($"The input has {n} positions; the model has {layout.Positions}.", nameof(tokens));
        readCache = new double[sampled.Program.Modules.Count][][];
        moduleCache = new object?[sampled.Program.Modules.Count];
    }

    /// <summary>Per position, the class probabilities of the read-out (after <see cref="Forward"/>).</summary>
    public ReadOnlySpan<double> Probabilities(int position) => probabilities.AsSpan(position * layout.Classes, layout.Classes);

    /// <summary>Variable <paramref name="variable"/>'s distribution over its values at a position (after <see cref="Forward"/>).</summary>
    public ReadOnlySpan<double> Value(int variable, int position) => values[variable].AsSpan(position * d, d);

    bool Allowed(int i, int j) => !layout.Causal || j <= i;

    /// <summary>Runs every module; returns the summed cross-entropy over the labelled positions.</summary>
    public double Forward(int[] labels)
    {
        values.Clear();
        var token = new double[n * d];
        var position = new double[n * d];
        for (int i = 0; i < n; i++) { token[i * d + tokens[i]] = 1; position[i * d + i] = 1; }
        values.Add(token);
        values.Add(position);
        var modules = sampled.Program.Modules;
        for (int m = 0; m < modules.Count; m++)
        {
            var reads = readCache[m] = new double[modules[m].Reads.Length][];
            for (int r = 0; r < reads.Length; r++) reads[r] = Read(sampled.Reads[m][r], modules[m].Inputs);
            switch (modules[m].Kind)
            {
                case ModuleKind.Head: values.Add(HeadForward(m, reads)); break;
                case ModuleKind.Count: values.Add(CountForward(m, reads)); break;
                case ModuleKind.Mlp: values.Add(TableForward(m, reads)); break;
            }
        }
        probabilities = Softmax(ReadoutLogits(sampled.Program.Readout.Value));
        double loss = 0;
        for (int i = 0; i < n; i++)
            if (labels[i] >= 0) loss -= Math.Log(Math.Max(probabilities[i * layout.Classes + labels[i]], 1e-300));
        return loss;
    }

    /// <summary>The read-out's class scores: per position, the sum over variables and values of value times row.</summary>
    double[] ReadoutLogits(float[] weights)
    {
        int c = layout.Classes;
        var logits = new double[n * c];
        for (int v = 0; v < values.Count; v++)
            for (int i = 0; i < n; i++)
                for (int a = 0; a < d; a++)
                {
                    double x = values[v][i * d + a];
                    if (x == 0) continue;
                    int row = (v * d + a) * c;
                    for (int k = 0; k < c; k++) logits[i * c + k] += x * weights[row + k];
                }
        return logits;
    }

    void ReadoutBackward(float[] weights, double[] weightGradient, int[] labels, double scale, List<double[]> gradients)
    {
        int c = layout.Classes;
        var g = new double[c];
        for (int i = 0; i < n; i++)
        {
            if (labels[i] < 0) continue;
            for (int k = 0; k < c; k++) g[k] = scale * (probabilities[i * c + k] - (k == labels[i] ? 1 : 0));
            for (int v = 0; v < values.Count; v++)
                for (int a = 0; a < d; a++)
                {
                    double x = values[v][i * d + a], dx = 0;
                    int row = (v * d + a) * c;
                    for (int k = 0; k < c; k++) { weightGradient[row + k] += x * g[k]; dx += weights[row + k] * g[k]; }
                    gradients[v][i * d + a] += dx;
                }
        }
    }

    /// <summary>Adds <paramref name="scale"/> times the gradient of the loss to the sampled program's gradients.</summary>
    public void Backward(int[] labels, double scale)
    {
        var gradients = new List<double[]>();
        foreach (var v in values) gradients.Add(new double[v.Length]);
        var modules = sampled.Program.Modules;
        // The read-out reads every variable, so its gradient reaches each one before its module's turn below.
        ReadoutBackward(sampled.Program.Readout.Value, sampled.ReadoutGradient, labels, scale, gradients);
        for (int m = modules.Count - 1; m >= 0; m--)
        {
            var reads = readCache[m];
            var readGradients = new double[reads.Length][];
            for (int r = 0; r < reads.Length; r++) readGradients[r] = new double[n * d];
            switch (modules[m].Kind)
            {
                case ModuleKind.Mlp:
                    TableBackward(m, reads, readGradients, gradients[2 + m]);
                    break;
                case ModuleKind.Head:
                    HeadBackward(m, reads, readGradients, gradients[2 + m]);
                    break;
                case ModuleKind.Count:
                    CountBackward(m, reads, readGradients, gradients[2 + m]);
                    break;
            }
            for (int r = 0; r < reads.Length; r++) ReadBackward(sampled.Reads[m][r], sampled.ReadGradients[m][r], modules[m].Inputs, readGradients[r], gradients);
        }
    }

    /// <summary>A read: the mixture of the first <paramref name="inputs"/> variables with the sampled weights.</summary>
    double[] Read(double[] weights, int inputs)
    {
        var result = new double[n * d];
        for (int v = 0; v < inputs; v++) TensorPrimitives.MultiplyAdd(values[v], weights[v], result, result);
        return result;
    }

    void ReadBackward(double[] weights, double[] weightGradients, int inputs, double[] readGradient, List<double[]> gradients)
    {
        for (int v = 0; v < inputs; v++)
        {
            weightGradients[v] += TensorPrimitives.Dot(readGradient, values[v]);
            TensorPrimitives.MultiplyAdd(readGradient, weights[v], gradients[v], gradients[v]);
        }
    }

    /// <summary>u = q P: per query position, how much each key value matches.</summary>
    double[] Matchable(double[] query, double[] predicate)
    {
        var u = new double[n * d];
        for (int i = 0; i < n; i++)
            for (int a = 0; a < d; a++)
            {
                double q = query[i * d + a];
                if (q == 0) continue;
                for (int b = 0; b < d; b++) u[i * d + b] += q * predicate[a * d + b];
            }
        return u;
    }

    void MatchableBackward(double[] query, double[] predicate, double[] predicateGradient, double[] u, double[] key, double[] scoreGradient, double[] queryGradient, double[] keyGradient)
    {
        var du = new double[n * d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double g = scoreGradient[i * n + j];
                if (g == 0) continue;
                for (int b = 0; b < d; b++) { du[i * d + b] += g * key[j * d + b]; keyGradient[j * d + b] += g * u[i * d + b]; }
            }
        for (int i = 0; i < n; i++)
            for (int a = 0; a < d; a++)
            {
                double q = query[i * d + a], dq = 0;
                for (int b = 0; b < d; b++) { dq += du[i * d + b] * predicate[a * d + b]; predicateGradient[a * d + b] += q * du[i * d + b]; }
                queryGradient[i * d + a] += dq;
            }
    }

    double[] Scores(double[] u, double[] key)
    {
        var s = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                if (!Allowed(i, j)) continue;
                double dot = 0;
                for (int b = 0; b < d; b++) dot += u[i * d + b] * key[j * d + b];
                s[i * n + j] = dot;
            }
        return s;
    }

    sealed record HeadState(double[] U, double[] Total, double[] Scores, double[] Attention);

    /// <summary>
    /// A categorical head: score s_ij = q_i P k_j; BOS gains relu(1 - sum_j s_ij) so that it is selected
    /// when nothing matches; attention is the softmax of (log s + nearest-first bias) / tau; it copies v.
    /// </summary>
    double[] HeadForward(int m, double[][] reads)
    {
        var (query, key, value) = (reads[0], reads[1], reads[2]);
        double tau = sampled.Tau;
        var u = Matchable(query, sampled.Tables[m]);
        var s = Scores(u, key);
        var total = new double[n];
        var attention = new double[n * n];
        var z = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++) total[i] += s[i * n + j];
            s[i * n] += Math.Max(0, 1 - total[i]);
            double max = double.NegativeInfinity;
            for (int j = 0; j < n; j++)
                if (Allowed(i, j)) max = Math.Max(max, attention[i * n + j] = (Math.Log(s[i * n + j] + Epsilon) + NearestFirst.Bias(i, j, layout.Positions)) / tau);
            double sum = 0;
            for (int j = 0; j < n; j++)
                if (Allowed(i, j)) sum += attention[i * n + j] = Math.Exp(attention[i * n + j] - max);
                else attention[i * n + j] = 0;
            for (int j = 0; j < n; j++)
            {
                double a = attention[i * n + j] /= sum;
                if (a == 0) continue;
                for (int b = 0; b < d; b++) z[i * d + b] += a * value[j * d + b];
            }
        }
        moduleCache[m] = new HeadState(u, total, s, attention);
        return z;
    }

    void HeadBackward(int m, double[][] reads, double[][] readGradients, double[] outputGradient)
    {
        var (query, key, value) = (reads[0], reads[1], reads[2]);
        var state = (HeadState)moduleCache[m]!;
        double tau = sampled.Tau;
        var scoreGradient = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            var da = new double[n];
            double dot = 0;
            for (int j = 0; j < n; j++)
            {
                double a = state.Attention[i * n + j];
                if (!Allowed(i, j)) continue;
                for (int b = 0; b < d; b++) { da[j] += outputGradient[i * d + b] * value[j * d + b]; readGradients[2][j * d + b] += a * outputGradient[i * d + b]; }
                dot += a * da[j];
            }
            for (int j = 0; j < n; j++)
            {
                if (!Allowed(i, j)) continue;
                double dLogit = state.Attention[i * n + j] * (da[j] - dot);
                scoreGradient[i * n + j] = dLogit / (tau * (state.Scores[i * n + j] + Epsilon));
            }
            // BOS's score included relu(1 - total), and total is the sum of the raw scores.
            if (1 - state.Total[i] > 0)
            {
                double dTotal = -scoreGradient[i * n];
                for (int j = 0; j < n; j++)
                    if (Allowed(i, j)) scoreGradient[i * n + j] += dTotal;
            }
        }
        MatchableBackward(query, sampled.Tables[m], sampled.TableGradients[m], state.U, key, scoreGradient, readGradients[0], readGradients[1]);
    }

    /// <param name="Steps">Per query position, the count's distribution after each key position it may see, one row of d after another.</param>
    sealed record CountState(double[] U, double[] Scores, double[][] Steps);

    /// <summary>
    /// A count head: the number of selected positions, as a distribution over 0 .. Width-1. Each score
    /// s_ij is read as the probability that j is selected, so the count is a Poisson-binomial variable
    /// (computed position by position); with one-hot inputs it is exactly the count.
    /// </summary>
    double[] CountForward(int m, double[][] reads)
    {
        var u = Matchable(reads[0], sampled.Tables[m]);
        var s = Scores(u, reads[1]);
        var steps = new double[n][];
        var z = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            var rows = steps[i] = new double[(n + 1) * d];
            rows[0] = 1;
            int t = 0;
            for (int j = 0; j < n; j++)
            {
                if (!Allowed(i, j)) continue;
                double p = Math.Clamp(s[i * n + j], 0, 1);
                int state = t * d, next = ++t * d;
                for (int k = 0; k < d; k++) rows[next + k] = rows[state + k] * (1 - p) + (k > 0 ? rows[state + k - 1] * p : 0);
            }
            Array.Copy(rows, t * d, z, i * d, d);
        }
        moduleCache[m] = new CountState(u, s, steps);
        return z;
    }

    void CountBackward(int m, double[][] reads, double[][] readGradients, double[] outputGradient)
    {
        var state = (CountState)moduleCache[m]!;
        var scoreGradient = new double[n * n];
        var g = new double[d];
        var previous = new double[d];
        for (int i = 0; i < n; i++)
        {
            Array.Copy(outputGradient, i * d, g, 0, d);
            var rows = state.Steps[i];
            int t = 0;
            for (int j = 0; j < n; j++)
                if (Allowed(i, j)) t++;
            for (int j = n - 1; j >= 0; j--)
            {
                if (!Allowed(i, j)) continue;
                int before = --t * d;
                double p = Math.Clamp(state.Scores[i * n + j], 0, 1), dp = 0;
                for (int k = 0; k < d; k++)
                {
                    dp += g[k] * ((k > 0 ? rows[before + k - 1] : 0) - rows[before + k]);
                    previous[k] = g[k] * (1 - p) + (k + 1 < d ? g[k + 1] * p : 0);
                }
                scoreGradient[i * n + j] = dp;
                (g, previous) = (previous, g);
            }
        }
        MatchableBackward(reads[0], sampled.Tables[m], sampled.TableGradients[m], state.U, reads[1], scoreGradient, readGradients[0], readGradients[1]);
    }

    /// <summary>
    /// y_p = sum over (a, b) of first_p(a) second_p(b) table[a, b, :]: an MLP. Written as a product with the
    /// table's columns (<see cref="SampledProgram.MlpColumns"/>): per position the outer product w_p of the two
    /// reads (d * d values), then each output is one dot product of length d * d, which
    /// <see cref="TensorPrimitives"/> vectorises (a loop over the d outputs of one table row would be too short).
    /// </summary>
    double[] TableForward(int m, double[][] reads)
    {
        var (first, second) = (reads[0], reads[1]);
        var columns = sampled.MlpColumns[m]!;
        int pairs = d * d;
        var outer = new double[n * pairs];
        var y = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            var secondRow = second.AsSpan(i * d, d);
            for (int a = 0; a < d; a++) TensorPrimitives.Multiply(secondRow, first[i * d + a], outer.AsSpan(i * pairs + a * d, d));
            var w = outer.AsSpan(i * pairs, pairs);
            for (int o = 0; o < d; o++) y[i * d + o] = TensorPrimitives.Dot(w, columns.AsSpan(o * pairs, pairs));
        }
        moduleCache[m] = outer;
        return y;
    }

    void TableBackward(int m, double[][] reads, double[][] readGradients, double[] outputGradient)
    {
        var (first, second) = (reads[0], reads[1]);
        var columns = sampled.MlpColumns[m]!;
        var columnGradients = sampled.MlpColumnGradients[m]!;
        var outer = (double[])moduleCache[m]!;
        int pairs = d * d;
        var dw = new double[pairs];
        for (int i = 0; i < n; i++)
        {
            Array.Clear(dw);
            var w = outer.AsSpan(i * pairs, pairs);
            for (int o = 0; o < d; o++)
            {
                double g = outputGradient[i * d + o];
                if (g == 0) continue;
                TensorPrimitives.MultiplyAdd(columns.AsSpan(o * pairs, pairs), g, dw, dw);
                var column = columnGradients.AsSpan(o * pairs, pairs);
                TensorPrimitives.MultiplyAdd(w, g, column, column);
            }
            // w[a, b] = first(a) second(b): d first(a) = dw[a, :] . second, d second += first(a) dw[a, :].
            var secondRow = second.AsSpan(i * d, d);
            var secondGradient = readGradients[1].AsSpan(i * d, d);
            for (int a = 0; a < d; a++)
            {
                var dwRow = dw.AsSpan(a * d, d);
                readGradients[0][i * d + a] += TensorPrimitives.Dot(dwRow, secondRow);
                TensorPrimitives.MultiplyAdd(dwRow, first[i * d + a], secondGradient, secondGradient);
            }
        }
    }

    double[] Softmax(double[] logits)
    {
        int c = layout.Classes;
        for (int i = 0; i < n; i++)
        {
            double max = double.NegativeInfinity, sum = 0;
            for (int k = 0; k < c; k++) max = Math.Max(max, logits[i * c + k]);
            for (int k = 0; k < c; k++) sum += logits[i * c + k] = Math.Exp(logits[i * c + k] - max);
            for (int k = 0; k < c; k++) logits[i * c + k] /= sum;
        }
        return logits;
    }
}
