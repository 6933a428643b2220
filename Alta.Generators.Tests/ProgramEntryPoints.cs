namespace Alta.Generators.Tests;

/// <summary>A generated program's <c>Interpret</c>, as a method group the agreement tests can take.</summary>
internal delegate AltaResult<T> Interpreted<T>(ReadOnlySpan<int> tokens, int? maxLayers, AltaTrace? trace);

/// <summary>A generated program's <c>Run</c>, as a method group the agreement tests can take.</summary>
internal delegate AltaResult<T> Compiled<T>(ReadOnlySpan<int> tokens, int? maxLayers);
