using System;

namespace Alta.Samples;

/// <summary>A problem with what the user typed: printed as one line, never as a stack trace.</summary>
internal sealed class InputException(string message) : Exception(message);
