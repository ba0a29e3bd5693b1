using System.Collections.Concurrent;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Search;

/// <summary>
/// How much of a question a passage covers: the share of the question's term weight (each term's
/// weight times its rarity, ln(1 + N/df)) whose words all occur in the passage. bm25 alone favours
/// a very short passage that repeats one common word; coverage favours the one that says the topic.
/// </summary>
internal sealed class Coverage
{
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] _passageStems;
    private readonly Func<string, int> _documentFrequency;
    private readonly int _passageCount;

    public Coverage(IReadOnlyList<Passage> passages, Func<Passage, string> keywords, Func<string, int> documentFrequency)
    {
        _documentFrequency = documentFrequency;
        _passageCount = passages.Count;
        _passageStems = new HashSet<string>[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            _passageStems[i] = [.. Words.Split(p.Text).Concat(Words.Split(p.Context)).Concat(Words.Split(keywords(p))).Select(w => Stem(w.Text))];
        }
    }

    /// <summary>The query's terms as stems with their weights; computed once per query.</summary>
    public IReadOnlyList<(string[] Stems, double Weight)> Prepare(FtsQuery query)
    {
        var terms = new List<(string[], double)>(query.Terms.Count);
        for (var i = 0; i < query.Terms.Count; i++)
        {
            var stems = query.Terms[i].Split(' ').Select(Stem).ToArray();
            var frequency = stems.Min(_documentFrequency);
            if (frequency > 0)
            {
                terms.Add((stems, query.Weights[i] * Math.Log(1 + ((double)_passageCount / frequency))));
            }
        }

        return terms;
    }

    /// <summary>A share from 0 to 1 for the passage at <paramref name="index"/> (its row id - 1).</summary>
    public double Of(int index, IReadOnlyList<(string[] Stems, double Weight)> terms)
    {
        double covered = 0, total = 0;
        var stems = _passageStems[index];
        foreach (var (termStems, weight) in terms)
        {
            total += weight;
            if (termStems.All(stems.Contains))
            {
                covered += weight;
            }
        }

        return total > 0 ? covered / total : 0;
    }

    private string Stem(string word) => _stems.GetOrAdd(word, PorterStemmer.Stem);
}
