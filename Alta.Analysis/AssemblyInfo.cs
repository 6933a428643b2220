using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Alta.Analysis.Tests")]
