namespace GcmBot.Core.Semantic;

/// <summary>The highest values offered, kept in descending order without sorting every value (this runs per question).</summary>
internal static class TopValues
{
    /// <summary>Offers <paramref name="value"/> to <paramref name="top"/>, of which the first <paramref name="count"/> are kept so far.</summary>
    public static void Offer(Span<float> top, ref int count, float value)
    {
        if (top.Length == 0 || (count == top.Length && value <= top[^1]))
        {
            return;
        }

        var i = count < top.Length ? count++ : top.Length - 1;
        while (i > 0 && top[i - 1] < value)
        {
            top[i] = top[i - 1];
            i--;
        }

        top[i] = value;
    }

    /// <summary>The <paramref name="wanted"/>-th highest of <paramref name="values"/>; negative infinity when there are fewer.</summary>
    public static float Nth(ReadOnlySpan<float> values, int wanted)
    {
        Span<float> top = wanted <= 64 ? stackalloc float[wanted] : new float[wanted];
        var count = 0;
        foreach (var v in values)
        {
            Offer(top, ref count, v);
        }

        return count < wanted || wanted == 0 ? float.NegativeInfinity : top[^1];
    }
}
