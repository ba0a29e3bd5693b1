using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search.Analysis;
using GcmBot.Core.Text;

namespace GcmBot.Core.Search;

/// <summary>
/// Highlighting from the analyzer's offsets: the passage's text is analysed as the index analysed
/// it, and every run of tokens that spells a query term (a phrase's stems at their relative
/// positions) becomes a range over the exact text. Lucene.Net.Highlighter is not used: it is only
/// served as 4.8.0-beta00017, which clashes with the core's beta00018.
/// </summary>
public sealed partial class PassageIndex
{
    /// <summary>
    /// Where <paramref name="query"/>'s terms occur in each passage's text: ranges into
    /// <see cref="Passage.Text"/>, by passage id.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TextRange>> Highlights(IEnumerable<Passage> passages, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(query);
        var terms = query.Terms.Select(QueryTerm.Of).Where(t => !t.IsEmpty).ToList();
        var result = new Dictionary<string, IReadOnlyList<TextRange>>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            if (_rowById.TryGetValue(passage.Id, out var row) && !result.ContainsKey(passage.Id))
            {
                result[passage.Id] = terms.Count == 0 ? [] : RangesIn(TextTokens(row), terms);
            }
        }

        return result;
    }

    // A passage's text analysed once, on first highlight, then kept (a benign race may analyse it twice).
    private List<Token> TextTokens(int row) =>
        _textTokens[row] ??= Tokens.Of(CorpusAnalyzer.Index, _passages[row].Text);

    private static List<TextRange> RangesIn(List<Token> tokens, List<QueryTerm> terms)
    {
        var byPosition = new Dictionary<int, Token>(tokens.Count);
        foreach (var token in tokens)
        {
            byPosition[token.Position] = token;
        }

        var ranges = new List<TextRange>();
        foreach (var term in terms)
        {
            var first = term.Tokens[0];
            foreach (var start in tokens)
            {
                if (start.Term != first.Term)
                {
                    continue;
                }

                var end = start;
                var whole = true;
                foreach (var next in term.Tokens.Skip(1))
                {
                    if (!byPosition.TryGetValue(start.Position + next.Position - first.Position, out var at) || at.Term != next.Term)
                    {
                        whole = false;
                        break;
                    }

                    end = at;
                }

                if (whole)
                {
                    ranges.Add(new TextRange(start.Start, end.End - start.Start));
                }
            }
        }

        return ranges.Count <= 1 ? ranges : TextRanges.Merge(ranges);
    }
}
