using System;
using System.Collections.Generic;
using Xunit;

namespace Alta.Generators.Tests.Kernels;

/// <summary>
/// "Bit-identical" residual streams, compared by their bits: <c>float</c> equality would take -0 for +0 and
/// reject NaN equal to itself, so it could pass two passes that differ in the sign of a zero.
/// </summary>
internal static class BitIdentity
{
    public static void Equal(IReadOnlyList<float> expected, IReadOnlyList<float> actual, string? what = null)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} residual entries, expected {expected.Count}");
        for (int i = 0; i < expected.Count; i++)
        {
            int e = BitConverter.SingleToInt32Bits(expected[i]), a = BitConverter.SingleToInt32Bits(actual[i]);
            Assert.True(e == a, $"{what}: residual entry {i} is {actual[i]:R} (bits 0x{a:X8}), expected {expected[i]:R} (bits 0x{e:X8})");
        }
    }
}
