namespace GcmBot.Core.Semantic;

/// <summary>
/// How a question's vector relates to every passage's: the cosine to each, the best one, and the mean
/// of the closest few. An on-topic question is usually close to several passages at once; an off-topic
/// one that shares a place or a word with one passage is close to that passage alone. A passage's cosine is computed
/// in full when first asked for, or when the passages' coarse bounds (<see cref="VectorTable"/>) cannot rule it out of
/// the closest; the figures are those of a full sweep.
/// </summary>
public sealed class SimilarityProfile
{
    /// <summary>How many of the closest passages <see cref="TopMean"/> averages.</summary>
    public const int TopCount = 10;

    private readonly float[] _question;
    private readonly VectorTable _table;

    // Per passage: the coarse estimate, its slack, and the full cosine (NaN until computed).
    private readonly float[] _estimates;
    private readonly float[] _slacks;
    private readonly float[] _exact;

    private SimilarityProfile(float[] question, VectorTable table)
    {
        _question = question;
        _table = table;
        _estimates = new float[table.Count];
        _slacks = new float[table.Count];
        _exact = new float[table.Count];
        Array.Fill(_exact, float.NaN);
        table.Estimate(question, _estimates, _slacks);
        var top = table.Nearest(question, _estimates, _slacks, TopCount, _exact);
        Best = top.Length == 0 ? 0 : top[0];
        TopMean = top.Length == 0 ? 0 : top.Average();
    }

    /// <summary>The highest cosine to any passage.</summary>
    public double Best { get; }

    /// <summary>The mean cosine of the <see cref="TopCount"/> closest passages.</summary>
    public double TopMean { get; }

    /// <summary>The cosine to the passage at <paramref name="row"/> (the passages' order).</summary>
    public float this[int row]
    {
        get
        {
            var cosine = _exact[row];
            if (float.IsNaN(cosine))
            {
                cosine = _exact[row] = _table.Exact(_question, row);
            }

            return cosine;
        }
    }

    public static SimilarityProfile Of(float[] question, PassageVectors passages)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        return new SimilarityProfile(question, passages.Table);
    }

    /// <summary>
    /// The highest cosine among <paramref name="rows"/> (not empty), computing in full only the rows whose bound reaches
    /// the highest lower bound among them.
    /// </summary>
    public float MaxOf(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("no rows", nameof(rows));
        }

        var floor = float.NegativeInfinity;
        foreach (var row in rows)
        {
            floor = Math.Max(floor, _estimates[row] - _slacks[row]);
        }

        var best = float.NegativeInfinity;
        foreach (var row in rows)
        {
            if (_estimates[row] + _slacks[row] >= floor)
            {
                best = Math.Max(best, this[row]);
            }
        }

        return best;
    }
}
