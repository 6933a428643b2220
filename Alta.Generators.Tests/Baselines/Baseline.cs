using System.Runtime.CompilerServices;

namespace Alta.Generators.Tests.Baselines;

/// <summary>
/// Checked-in expected outputs in this folder: read from the test assembly (embedded, so tests need no files
/// at run time), rewritten in the source tree when <c>ALTA_UPDATE_BASELINES=1</c> is set.
/// </summary>
internal static class Baseline
{
    public static bool Updating => Environment.GetEnvironmentVariable("ALTA_UPDATE_BASELINES") == "1";

    public static string Read(string name)
    {
        using var stream = typeof(Baseline).Assembly.GetManifestResourceStream("baselines/" + name);
        if (stream is null) return "";
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>Rewrites a baseline next to this source file (the compiler records its path).</summary>
    public static void Write(string name, string text) => File.WriteAllText(Path.Combine(Folder(), name), text);

    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    /// <summary>The first differing line of a baseline, and how to update it when the change is intended.</summary>
    public static string Difference(string name, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        string At(string[] lines) => line < lines.Length ? lines[line] : "(end of file)";
        return $"{name} differs at line {line + 1}:\n  expected: {At(e)}\n  actual:   {At(a)}\n"
            + "If the change is intended, run the tests with ALTA_UPDATE_BASELINES=1 and commit the updated file.";
    }
}
