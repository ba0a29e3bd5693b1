using System.Collections.Concurrent;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Search;

/// <summary>
/// Each passage's columns as stems — the stems FTS5's porter tokenizer indexes — with per-stem
/// counts, kept in memory so a query's matching rows are scored (bm25), weighed for coverage and
/// highlighted without further SQL.
/// </summary>
internal sealed partial class PassageTerms
{
    private const int Columns = 3;
    // Every stem is one shared string instance (word → stem → canonical instance), so stems compare
    // and hash by reference: scoring and highlighting are then pointer comparisons.
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _phraseRows = new(StringComparer.Ordinal);
    private const int MaxCachedPhrases = 10_000;
    private readonly Row[] _rows;
    private readonly double _averageTokens;
    private readonly bool _built;
    private readonly Dictionary<string, int> _stemRows = new(ReferenceEqualityComparer.Instance);

    public PassageTerms(IReadOnlyList<Passage> passages, Func<Passage, string> keywords)
    {
        _rows = new Row[passages.Count];
        long tokens = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            var text = Words.Split(p.Text).Select(w => new Token(w.Start, w.Length, Stem(w.Text))).ToArray();
            string[][] columns = [[.. text.Select(t => t.Stem)], StemsOf(p.Context), StemsOf(keywords(p))];
            _rows[i] = new Row(text, columns, CountStems(columns), PositionsOf(columns[0]), columns.Sum(c => c.Length));
            tokens += _rows[i].Tokens;
        }

        _averageTokens = passages.Count == 0 ? 1 : Math.Max(1, (double)tokens / passages.Count);
        foreach (var stem in _rows.SelectMany(r => r.Counts.Keys))
        {
            _stemRows[stem] = _stemRows.GetValueOrDefault(stem) + 1;
        }

        _built = true;
    }

    /// <summary>The query's terms as stems, with how many rows contain each and its weights.</summary>
    public IReadOnlyList<QueryTerm> Prepare(FtsQuery query)
    {
        var terms = new List<QueryTerm>(query.Terms.Count);
        for (var i = 0; i < query.Terms.Count; i++)
        {
            var stems = query.Terms[i].Split(' ').Select(Stem).ToArray();
            var rows = RowsWith(stems);
            var coverageWeight = rows == 0 ? 0 : query.Weights[i] * Math.Log(1 + ((double)_rows.Length / rows));
            terms.Add(new QueryTerm(stems, rows, Bm25.Idf(_rows.Length, rows), coverageWeight));
        }

        return terms;
    }

    // How many rows hold the phrase in some column. Cached (bounded) for the lexicon's phrases.
    private int RowsWith(string[] stems)
    {
        if (stems.Length == 1)
        {
            return _stemRows.GetValueOrDefault(stems[0]);
        }

        var key = string.Join(' ', stems);
        if (_phraseRows.TryGetValue(key, out var rows))
        {
            return rows;
        }

        rows = _rows.Count(r => ContainsAll(r, stems) && Enumerable.Range(0, Columns).Any(c => Occurrences(r, c, stems) > 0));
        if (_phraseRows.Count < MaxCachedPhrases)
        {
            _phraseRows.TryAdd(key, rows);
        }

        return rows;
    }

    private static Dictionary<string, int[]> CountStems(string[][] columns)
    {
        var counts = new Dictionary<string, int[]>(ReferenceEqualityComparer.Instance);
        for (var column = 0; column < columns.Length; column++)
        {
            foreach (var stem in columns[column])
            {
                if (!counts.TryGetValue(stem, out var perColumn))
                {
                    counts[stem] = perColumn = new int[Columns];
                }

                perColumn[column]++;
            }
        }

        return counts;
    }

    private string[] StemsOf(string text) => [.. Words.Split(text).Select(w => Stem(w.Text))];

    // The corpus's words are cached while building; a question's new words are stemmed each time
    // (so questions cannot grow memory), and map to the corpus's instance when the stem exists.
    private string Stem(string word)
    {
        if (_stems.TryGetValue(word, out var known))
        {
            return known;
        }

        var stem = PorterStemmer.Stem(word);
        if (_built)
        {
            return _canonical.TryGetValue(stem, out var canonical) ? canonical : stem;
        }

        stem = _canonical.GetOrAdd(stem, stem);
        _stems[word] = stem;
        return stem;
    }

    private static Dictionary<string, int[]> PositionsOf(string[] tokens)
    {
        var positions = new Dictionary<string, List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!positions.TryGetValue(tokens[i], out var list))
            {
                positions[tokens[i]] = list = [];
            }

            list.Add(i);
        }

        return positions.ToDictionary(p => p.Key, p => p.Value.ToArray(), (IEqualityComparer<string>)ReferenceEqualityComparer.Instance);
    }

    /// <summary>A passage: its text tokens, each column's stems, per-stem counts by column, where each stem stands in the text, and its token count.</summary>
    private sealed record Row(Token[] Text, string[][] Columns, Dictionary<string, int[]> Counts, Dictionary<string, int[]> Positions, int Tokens);

    private readonly record struct Token(int Start, int Length, string Stem);
}

/// <summary>
/// A query term as stems: how many rows contain it (its phrase, in any column), its bm25 IDF,
/// and its weight in coverage (the query's weight for it times its rarity, ln(1 + N/rows)).
/// </summary>
internal sealed record QueryTerm(string[] Stems, int Rows, double Idf, double CoverageWeight);
