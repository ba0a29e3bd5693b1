using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GcmBot.Core.Semantic;

/// <summary>
/// One float vector's dot product with every row of a block of 8-bit codes (<see cref="VectorTable"/>'s coarse pass).
/// A code row is a quarter of a float row's bytes, so the coarse pass over every row stays in the L2 cache.
/// </summary>
internal static class CodeDot
{
    /// <summary>Into <paramref name="sums"/>[r]: Σ question[i] × codes[r × question.Length + i].</summary>
    public static void Rows(ReadOnlySpan<float> question, ReadOnlySpan<sbyte> codes, Span<float> sums)
    {
        if (Vector512.IsHardwareAccelerated && question.Length % Vector512<sbyte>.Count == 0)
        {
            Rows512(question, codes, sums);
            return;
        }

        if (Vector256.IsHardwareAccelerated && question.Length % Vector256<sbyte>.Count == 0)
        {
            Rows256(question, codes, sums);
            return;
        }

        for (var r = 0; r < sums.Length; r++)
        {
            var row = codes.Slice(r * question.Length, question.Length);
            var sum = 0f;
            for (var i = 0; i < row.Length; i++)
            {
                sum += question[i] * row[i];
            }

            sums[r] = sum;
        }
    }

    // 64 codes a step, widened to four vectors of 16 floats.
    private static void Rows512(ReadOnlySpan<float> question, ReadOnlySpan<sbyte> codes, Span<float> sums)
    {
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

    // 32 codes a step, widened to four vectors of 8 floats.
    private static void Rows256(ReadOnlySpan<float> question, ReadOnlySpan<sbyte> codes, Span<float> sums)
    {
        ref var q = ref MemoryMarshal.GetReference(question);
        ref var c = ref MemoryMarshal.GetReference(codes);
        var dimension = (nuint)question.Length;
        nuint at = 0;
        for (var r = 0; r < sums.Length; r++, at += dimension)
        {
            var even = Vector256<float>.Zero;
            var odd = Vector256<float>.Zero;
            for (nuint d = 0; d < dimension; d += 32)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref c, at + d));
                var (c0, c1) = Vector256.Widen(low);
                var (c2, c3) = Vector256.Widen(high);
                even = Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(c0), Vector256.LoadUnsafe(ref q, d), even);
                odd = Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(c1), Vector256.LoadUnsafe(ref q, d + 8), odd);
                even = Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(c2), Vector256.LoadUnsafe(ref q, d + 16), even);
                odd = Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(c3), Vector256.LoadUnsafe(ref q, d + 24), odd);
            }

            sums[r] = Vector256.Sum(even + odd);
        }
    }
}
