using System.Numerics.Tensors;

namespace GcmBot.Core.Semantic;

/// <summary>
/// Stored vectors (passages' or the gate's anchors'), plus a coarse copy of each row in one block: 8-bit codes and the
/// float one code step is worth. The coarse copy is a quarter of the bytes, and bounds every cosine: a full sweep of the
/// floats reads 1.5 KB a row (4.3 MB a question over passages and anchors, more than the L2 cache), while the coarse
/// sweep stays in it and rules out most rows, so only the rows it cannot rule out are read in full. A cosine the app
/// uses is always the full row's <see cref="Vectors.Dot"/>, the same float a full sweep gives. The rows are the loaded
/// arrays themselves, not a copy (they are never written after loading).
/// </summary>
internal sealed class VectorTable
{
    // Room for the float rounding of both dot products, as a share of |question| × |row|: far above the few units in the
    // last place that 384 products summed in float can lose.
    private const float RoundingShare = 1e-4f;

    private readonly float[][] _rows;
    private readonly sbyte[] _codes;
    private readonly float[] _steps;
    private readonly float[] _errors;
    private readonly float[] _norms;

    public VectorTable(IReadOnlyList<float[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Count = rows.Count;
        Dimension = Count == 0 ? 0 : rows[0].Length;
        _rows = [.. rows];
        _codes = new sbyte[Count * Dimension];
        _steps = new float[Count];
        _errors = new float[Count];
        _norms = new float[Count];
        for (var r = 0; r < Count; r++)
        {
            if (rows[r].Length != Dimension)
            {
                throw new ArgumentException($"row {r} has {rows[r].Length} values, row 0 has {Dimension}", nameof(rows));
            }

            Encode(r);
        }
    }

    public int Count { get; }

    public int Dimension { get; }

    public ReadOnlySpan<float> Row(int row) => _rows[row];

    /// <summary>The cosine of <paramref name="question"/> to the row (both of unit length).</summary>
    public float Exact(ReadOnlySpan<float> question, int row) => Vectors.Dot(question, Row(row));

    /// <summary>Every row's cosine from its codes, and how far off each can be: |Exact − estimate| ≤ slack.</summary>
    public void Estimate(ReadOnlySpan<float> question, Span<float> estimates, Span<float> slacks)
    {
        if (Count > 0 && question.Length != Dimension)
        {
            throw new ArgumentException($"the question has {question.Length} values, the rows {Dimension}", nameof(question));
        }

        if (!CodeDot.IsAccelerated(Dimension))
        {
            // Without 512-bit vectors the coarse pass would cost more than it saves: every row in full, no slack.
            for (var r = 0; r < Count; r++)
            {
                estimates[r] = Exact(question, r);
                slacks[r] = 0;
            }

            return;
        }

        CodeDot.Rows(question, _codes, estimates[..Count]);
        var sumOfMagnitudes = TensorPrimitives.SumOfMagnitudes(question);
        var norm = TensorPrimitives.Norm(question);
        for (var r = 0; r < Count; r++)
        {
            estimates[r] *= _steps[r];
            slacks[r] = (_errors[r] * sumOfMagnitudes) + (RoundingShare * norm * _norms[r]);
        }
    }

    /// <summary>
    /// The <paramref name="wanted"/> highest cosines, in descending order (all rows' when there are fewer), computed in
    /// full only for rows whose bound reaches the <paramref name="wanted"/>-th highest lower bound; each computed cosine
    /// is also noted in <paramref name="exact"/> (NaN where none was computed).
    /// </summary>
    public float[] Nearest(ReadOnlySpan<float> question, ReadOnlySpan<float> estimates, ReadOnlySpan<float> slacks, int wanted, Span<float> exact)
    {
        var top = new float[Math.Min(wanted, Count)];
        if (top.Length == 0)
        {
            return top;
        }

        Span<float> lows = Count <= 4096 ? stackalloc float[Count] : new float[Count];
        for (var r = 0; r < Count; r++)
        {
            lows[r] = estimates[r] - slacks[r];
        }

        // Every row among the true highest is at least the wanted-th highest lower bound, so none is skipped.
        var floor = TopValues.Nth(lows, top.Length);
        var kept = 0;
        for (var r = 0; r < Count; r++)
        {
            if (estimates[r] + slacks[r] >= floor)
            {
                exact[r] = Exact(question, r);
                TopValues.Offer(top, ref kept, exact[r]);
            }
        }

        return top;
    }

    /// <summary>The mean cosine of <paramref name="question"/> to its <paramref name="wanted"/> nearest rows.</summary>
    public double MeanOfNearest(ReadOnlySpan<float> question, int wanted)
    {
        if (Count == 0 || wanted <= 0)
        {
            return 0;
        }

        var scratch = new float[3 * Count];
        var estimates = scratch.AsSpan(0, Count);
        var slacks = scratch.AsSpan(Count, Count);
        Estimate(question, estimates, slacks);
        var top = Nearest(question, estimates, slacks, wanted, scratch.AsSpan(2 * Count, Count));
        return top.Length == 0 ? 0 : top.Average();
    }

    // Codes from −127 to 127 with the row's largest magnitude at ±127; the largest rounding error of any element is
    // measured, not assumed, so the slack holds whatever the row's values.
    private void Encode(int r)
    {
        var row = Row(r);
        var step = row.IsEmpty ? 0f : MathF.Abs(TensorPrimitives.MaxMagnitude(row)) / 127f;
        var codes = _codes.AsSpan(r * Dimension, Dimension);
        double error = 0;
        for (var i = 0; i < row.Length; i++)
        {
            codes[i] = step == 0 ? (sbyte)0 : (sbyte)Math.Clamp(MathF.Round(row[i] / step), -127, 127);
            error = Math.Max(error, Math.Abs(row[i] - ((double)step * codes[i])));
        }

        _steps[r] = step;
        _errors[r] = (float)error * (1 + RoundingShare);
        _norms[r] = TensorPrimitives.Norm(row) + (_errors[r] * MathF.Sqrt(Dimension));
    }
}
