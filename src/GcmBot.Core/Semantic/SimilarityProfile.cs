namespace GcmBot.Core.Semantic;

/// <summary>
/// How a question's vector relates to every passage's: the cosine to each, the best one, and the mean
/// of the closest few. An on-topic question is usually close to several passages at once; an off-topic
/// one that shares a place or a word with one passage is close to that passage alone.
/// </summary>
public sealed class SimilarityProfile
{
    /// <summary>How many of the closest passages <see cref="TopMean"/> averages.</summary>
    public const int TopCount = 10;

    private readonly float[] _similarities;

    private SimilarityProfile(float[] similarities)
    {
        _similarities = similarities;
        var top = Top(similarities, TopCount);
        Best = top.Length == 0 ? 0 : top[0];
        TopMean = top.Length == 0 ? 0 : top.Average();
    }

    /// <summary>The highest cosine to any passage.</summary>
    public double Best { get; }

    /// <summary>The mean cosine of the <see cref="TopCount"/> closest passages.</summary>
    public double TopMean { get; }

    /// <summary>The cosine to the passage at <paramref name="row"/> (the passages' order).</summary>
    public float this[int row] => _similarities[row];

    public static SimilarityProfile Of(float[] question, PassageVectors passages)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        var similarities = new float[passages.Vectors.Count];
        for (var i = 0; i < similarities.Length; i++)
        {
            similarities[i] = Vectors.Dot(question, passages.Vectors[i]);
        }

        return new SimilarityProfile(similarities);
    }

    /// <summary>The mean cosine of <paramref name="question"/> to the <paramref name="count"/> closest of <paramref name="vectors"/>.</summary>
    internal static double MeanOfNearest(float[] question, IReadOnlyList<float[]> vectors, int count)
    {
        var similarities = new float[vectors.Count];
        for (var i = 0; i < similarities.Length; i++)
        {
            similarities[i] = Vectors.Dot(question, vectors[i]);
        }

        var top = Top(similarities, count);
        return top.Length == 0 ? 0 : top.Average();
    }

    // The count highest, in descending order, without sorting every passage (this runs per question).
    private static float[] Top(float[] similarities, int wanted)
    {
        var top = new float[Math.Min(wanted, similarities.Length)];
        var count = 0;
        foreach (var s in similarities)
        {
            if (count == top.Length && s <= top[^1])
            {
                continue;
            }

            var i = count < top.Length ? count++ : top.Length - 1;
            while (i > 0 && top[i - 1] < s)
            {
                top[i] = top[i - 1];
                i--;
            }

            top[i] = s;
        }

        return top;
    }
}
