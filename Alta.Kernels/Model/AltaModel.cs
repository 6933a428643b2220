namespace Alta;

/// <summary>A compiled Transformer: layout, weights and statistics.</summary>
public sealed class AltaModel
{
}
