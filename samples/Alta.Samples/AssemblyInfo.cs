using System.Runtime.CompilerServices;

// The benchmark times every catalogue sample at its own example, encoded as the app encodes it (SampleCatalog).
[assembly: InternalsVisibleTo("Alta.Benchmarks")]
