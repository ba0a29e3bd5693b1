using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GcmBot.Core.Semantic;

/// <summary>
/// One float vector's dot product with every row of a block of 8-bit codes (<see cref="VectorTable"/>'s coarse pass).
/// A code row is a quarter of a float row's bytes, so the coarse pass over every row stays in the L2 cache.
/// </summary>
internal static class CodeDot
{
    /// <summary>Whether <see cref="Rows"/> runs as vector instructions for rows of <paramref name="dimension"/> codes.</summary>
    public static bool IsAccelerated(int dimension) => Vector512.IsHardwareAccelerated && dimension % Vector512<sbyte>.Count == 0;

    /// <summary>Into <paramref name="sums"/>[r]: Σ question[i] × codes[r × question.Length + i]; only where <see cref="IsAccelerated"/>.</summary>
    public static void Rows(ReadOnlySpan<float> question, ReadOnlySpan<sbyte> codes, Span<float> sums)
    {
        if (!IsAccelerated(question.Length))
        {
            throw new PlatformNotSupportedException("the coarse pass needs 512-bit vector instructions and rows of a multiple of 64 values");
        }

        // The loads below are unchecked: the codes must hold every row.
        ArgumentOutOfRangeException.ThrowIfLessThan(codes.Length, sums.Length * question.Length, nameof(codes));

        // 64 codes a step, widened to four vectors of 16 floats.
        ref var q = ref MemoryMarshal.GetReference(question);
        ref var c = ref MemoryMarshal.GetReference(codes);
        var dimension = (nuint)question.Length;
        nuint at = 0;
        for (var r = 0; r < sums.Length; r++, at += dimension)
        {
            var even = Vector512<float>.Zero;
            var odd = Vector512<float>.Zero;
            for (nuint d = 0; d < dimension; d += 64)
            {
                var (low, high) = Vector512.Widen(Vector512.LoadUnsafe(ref c, at + d));
                var (c0, c1) = Vector512.Widen(low);
                var (c2, c3) = Vector512.Widen(high);
                even = Vector512.FusedMultiplyAdd(Vector512.ConvertToSingle(c0), Vector512.LoadUnsafe(ref q, d), even);
                odd = Vector512.FusedMultiplyAdd(Vector512.ConvertToSingle(c1), Vector512.LoadUnsafe(ref q, d + 16), odd);
                even = Vector512.FusedMultiplyAdd(Vector512.ConvertToSingle(c2), Vector512.LoadUnsafe(ref q, d + 32), even);
                odd = Vector512.FusedMultiplyAdd(Vector512.ConvertToSingle(c3), Vector512.LoadUnsafe(ref q, d + 48), odd);
            }

            sums[r] = Vector512.Sum(even + odd);
        }
    }
}
