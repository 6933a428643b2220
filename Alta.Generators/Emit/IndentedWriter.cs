using System;
using System.Text;

namespace Alta.Generators.Emit;

/// <summary>Writes C# text line by line with indentation; <c>Block()</c> opens a brace and closes it on dispose.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public IndentedWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _depth * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    /// <summary>Writes several lines (for example a raw string template), each at the current indentation.</summary>
    public IndentedWriter Lines(string lines)
    {
        foreach (var line in lines.Replace("\r\n", "\n").Split('\n')) Line(line);
        return this;
    }

    public IDisposable Block(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return new Closer(this);
    }

    public void Indent() => _depth++;

    public void Outdent() => _depth--;

    public override string ToString() => _text.ToString();

    private sealed class Closer(IndentedWriter writer) : IDisposable
    {
        public void Dispose()
        {
            writer._depth--;
            writer.Line("}");
        }
    }
}
