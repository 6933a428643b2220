using System;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate.Diagrams;

/// <summary>
/// Why a path failed: the diagnostic to report, the data its message names (the failing construct; the message
/// text is the descriptor's, whose last argument is the counterexample) and where.
/// </summary>
internal sealed class Failure : IEquatable<Failure>
{
    /// <param name="descriptor">The diagnostic to report, or null for a <c>throw</c> (the path is impossible; nothing to say).</param>
    /// <param name="message">The descriptor's first argument (usually the failing expression), or the whole text when there is no descriptor.</param>
    /// <param name="location">Where.</param>
    public Failure(DiagnosticDescriptor? descriptor, string message, Location? location)
    {
        Descriptor = descriptor;
        Message = message;
        Location = location;
    }

    public DiagnosticDescriptor? Descriptor { get; }

    /// <summary>The diagnostic's id, or null (see <see cref="Descriptor"/>).</summary>
    public string? Id => Descriptor?.Id;

    /// <summary>The sentence without a counterexample, for messages that quote the failure (ALTA038).</summary>
    public string Text => Descriptor is null
        ? Message
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Message, "").TrimEnd();
    public string Message { get; }
    public Location? Location { get; }

    public bool Equals(Failure? other) =>
        other is not null && other.Id == Id && other.Message == Message && Equals(other.Location, Location);

    public override bool Equals(object? obj) => obj is Failure other && Equals(other);

    public override int GetHashCode() => (Id?.GetHashCode() ?? 0) ^ Message.GetHashCode() ^ (Location?.GetHashCode() ?? 0);
}
