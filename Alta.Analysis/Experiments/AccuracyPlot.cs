using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Alta.Analysis.Experiments;

/// <summary>
/// Accuracy against input length as a self-contained SVG (no plotting library: ScottPlot needs native
/// SkiaSharp, which this machine lacks). One colour per series; a solid line for one measure and a dashed
/// line for the other.
/// </summary>
public static class AccuracyPlot
{
    static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

    /// <summary>A line: its name, and (length, solid value, dashed value) points, values in [0, 1].</summary>
    public sealed record Series(string Name, IReadOnlyList<(int Length, double Solid, double Dashed)> Points);

    public static string Svg(IReadOnlyList<Series> series, string title, string solidLabel, string dashedLabel)
    {
        if (series.Count == 0 || series.All(s => s.Points.Count == 0)) throw new ArgumentException("There is nothing to plot.", nameof(series));
        const int width = 760, height = 440, left = 60, right = 210, top = 40, bottom = 50;
        int plotWidth = width - left - right, plotHeight = height - top - bottom;
        int maxLength = series.SelectMany(s => s.Points).Max(p => p.Length);
        int minLength = series.SelectMany(s => s.Points).Min(p => p.Length);
        double X(int length) => left + (maxLength == minLength ? 0.5 : (double)(length - minLength) / (maxLength - minLength)) * plotWidth;
        double Y(double accuracy) => top + (1 - accuracy) * plotHeight;
        var inv = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">").AppendLine();
        svg.Append(inv, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>").AppendLine();
        svg.Append(inv, $"<text x=\"{left}\" y=\"24\" font-size=\"15\">{Escape(title)}</text>").AppendLine();
        for (int tick = 0; tick <= 4; tick++)
        {
            double y = Y(tick / 4.0);
            svg.Append(inv, $"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>").AppendLine();
            svg.Append(inv, $"<text x=\"{left - 8}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick * 25}%</text>").AppendLine();
        }
        foreach (var length in series.SelectMany(s => s.Points).Select(p => p.Length).Distinct().OrderBy(l => l))
            svg.Append(inv, $"<text x=\"{X(length):0.#}\" y=\"{top + plotHeight + 18}\" text-anchor=\"middle\">{length}</text>").AppendLine();
        svg.Append(inv, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{left + plotWidth}\" y2=\"{top + plotHeight}\" stroke=\"black\"/>").AppendLine();
        svg.Append(inv, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plotHeight}\" stroke=\"black\"/>").AppendLine();
        svg.Append(inv, $"<text x=\"{left + plotWidth / 2}\" y=\"{height - 12}\" text-anchor=\"middle\">input length (bits; digits per operand for addition)</text>").AppendLine();
        svg.Append(inv, $"<text transform=\"rotate(-90)\" x=\"{-(top + plotHeight / 2)}\" y=\"16\" text-anchor=\"middle\">end-to-end accuracy</text>").AppendLine();

        for (int s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            var points = series[s].Points.OrderBy(p => p.Length).ToList();
            svg.Append(inv, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(" ", points.Select(p => string.Create(inv, $"{X(p.Length):0.#},{Y(p.Solid):0.#}")))}\"/>").AppendLine();
            svg.Append(inv, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\" points=\"{string.Join(" ", points.Select(p => string.Create(inv, $"{X(p.Length):0.#},{Y(p.Dashed):0.#}")))}\"/>").AppendLine();
            double legendY = top + 10 + s * 20;
            svg.Append(inv, $"<line x1=\"{left + plotWidth + 15}\" y1=\"{legendY}\" x2=\"{left + plotWidth + 40}\" y2=\"{legendY}\" stroke=\"{colour}\" stroke-width=\"2\"/>").AppendLine();
            svg.Append(inv, $"<text x=\"{left + plotWidth + 46}\" y=\"{legendY + 4}\">{Escape(series[s].Name)}</text>").AppendLine();
        }
        double keyY = top + 20 + series.Count * 20;
        svg.Append(inv, $"<line x1=\"{left + plotWidth + 15}\" y1=\"{keyY}\" x2=\"{left + plotWidth + 40}\" y2=\"{keyY}\" stroke=\"black\" stroke-width=\"2\"/>").AppendLine();
        svg.Append(inv, $"<text x=\"{left + plotWidth + 46}\" y=\"{keyY + 4}\">{Escape(solidLabel)}</text>").AppendLine();
        svg.Append(inv, $"<line x1=\"{left + plotWidth + 15}\" y1=\"{keyY + 20}\" x2=\"{left + plotWidth + 40}\" y2=\"{keyY + 20}\" stroke=\"black\" stroke-dasharray=\"5,4\"/>").AppendLine();
        svg.Append(inv, $"<text x=\"{left + plotWidth + 46}\" y=\"{keyY + 24}\">{Escape(dashedLabel)}</text>").AppendLine();
        return svg.Append("</svg>").AppendLine().ToString();
    }

    static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
