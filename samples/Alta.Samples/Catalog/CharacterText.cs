using System.Globalization;
using System.Text;

namespace Alta.Samples.Catalog;

/// <summary>
/// User text as it may appear in a one-line message: a character outside the Basic Multilingual Plane stays
/// whole (not half a surrogate pair, which prints as '?'), and control characters are escaped, so a newline
/// in the input cannot split the line.
/// </summary>
internal static class CharacterText
{
    /// <summary>The whole character that starts at <paramref name="index"/>, escaped.</summary>
    public static string At(string text, int index)
    {
        int length = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return Escape(text.Substring(index, length));
    }

    /// <summary><paramref name="text"/> with every control character (and a lone surrogate) written as an escape.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
