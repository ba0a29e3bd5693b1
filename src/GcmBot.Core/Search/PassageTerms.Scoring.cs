using GcmBot.Core.Replies;

namespace GcmBot.Core.Search;

/// <summary>Scoring, coverage and highlighting over the in-memory term statistics.</summary>
internal sealed partial class PassageTerms
{
    /// <summary>FTS5's bm25 for the row (positive; higher is better).</summary>
    public double Score(int row, IReadOnlyList<QueryTerm> terms, IndexWeights weights)
    {
        var r = _rows[row];
        double score = 0;
        foreach (var term in terms)
        {
            double frequency = 0;
            if (term.Stems.Length == 1)
            {
                if (r.Counts.TryGetValue(term.Stems[0], out var counts))
                {
                    frequency = (weights.Text * counts[0]) + (weights.Context * counts[1]) + (weights.Keywords * counts[2]);
                }
            }
            else if (ContainsAll(r, term.Stems))
            {
                for (var column = 0; column < Columns; column++)
                {
                    frequency += weights[column] * Occurrences(r, column, term.Stems);
                }
            }

            score += Bm25.Term(term.Idf, frequency, r.Tokens, _averageTokens);
        }

        return score;
    }

    /// <summary>The share (0 to 1) of the terms' coverage weight whose words all occur in the row.</summary>
    public double Coverage(int row, IReadOnlyList<QueryTerm> terms)
    {
        double covered = 0, total = 0;
        foreach (var term in terms)
        {
            total += term.CoverageWeight;
            if (ContainsAll(_rows[row], term.Stems))
            {
                covered += term.CoverageWeight;
            }
        }

        return total > 0 ? covered / total : 0;
    }

    /// <summary>Ranges of the row's text where a term occurs (a phrase's words consecutive), merged where they touch.</summary>
    public IReadOnlyList<TextRange> Highlights(int row, IReadOnlyList<QueryTerm> terms)
    {
        var r = _rows[row];
        var ranges = new List<TextRange>();
        foreach (var term in terms)
        {
            if (!r.Positions.TryGetValue(term.Stems[0], out var starts))
            {
                continue;
            }

            foreach (var i in starts)
            {
                if (i + term.Stems.Length <= r.Text.Length && StartsAt(r.Columns[0], i, term.Stems))
                {
                    var last = r.Text[i + term.Stems.Length - 1];
                    ranges.Add(new TextRange(r.Text[i].Start, last.Start + last.Length - r.Text[i].Start));
                }
            }
        }

        return ranges.Count <= 1 ? ranges : TextRanges.Merge(ranges);
    }

    private static bool ContainsAll(Row row, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (!row.Counts.ContainsKey(stem))
            {
                return false;
            }
        }

        return true;
    }

    private static int Occurrences(Row row, int column, string[] stems)
    {
        if (stems.Length == 1)
        {
            return row.Counts.TryGetValue(stems[0], out var counts) ? counts[column] : 0;
        }

        var tokens = row.Columns[column];
        var found = 0;
        for (var i = 0; i + stems.Length <= tokens.Length; i++)
        {
            if (StartsAt(tokens, i, stems))
            {
                found++;
            }
        }

        return found;
    }

    private static bool StartsAt(string[] tokens, int i, string[] stems)
    {
        for (var k = 0; k < stems.Length; k++)
        {
            if (!ReferenceEquals(tokens[i + k], stems[k]))
            {
                return false;
            }
        }

        return true;
    }
}
