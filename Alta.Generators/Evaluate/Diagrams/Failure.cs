using System;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate.Diagrams;

/// <summary>Why a path failed: a diagnostic id, its message (without the counterexample) and where.</summary>
/// <param name="Id">The diagnostic to report, or null for a <c>throw</c> (the path is impossible; nothing to say).</param>
internal sealed class Failure : IEquatable<Failure>
{
    public Failure(string? id, string message, Location? location)
    {
        Id = id;
        Message = message;
        Location = location;
    }

    public string? Id { get; }
    public string Message { get; }
    public Location? Location { get; }

    public bool Equals(Failure? other) =>
        other is not null && other.Id == Id && other.Message == Message && Equals(other.Location, Location);

    public override bool Equals(object? obj) => obj is Failure other && Equals(other);

    public override int GetHashCode() => (Id?.GetHashCode() ?? 0) ^ Message.GetHashCode() ^ (Location?.GetHashCode() ?? 0);
}
