using System;
using System.Linq;
using Alta.Samples.Catalog;

namespace Alta.Samples.Commands;

/// <summary><c>list</c>: every program with its description and an input to try.</summary>
internal static class ListCommand
{
    public static int Execute(CommandLine command)
    {
        command.Expect();
        int width = SampleCatalog.All.Max(s => s.Name.Length);
        foreach (var sample in SampleCatalog.All)
            Console.WriteLine($"{sample.Name.PadRight(width)}  {sample.Description} (try: {sample.Example})");
        return 0;
    }
}
