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
        var terms = query.Terms.Select(t => PostingsOf(t).Term).Where(t => !t.IsEmpty).Select(t => (Term: t, First: PassageTokens.Hash(t.Tokens[0].Term))).ToList();
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
    private PassageTokens TextTokens(int row) =>
        _textTokens[row] ??= PassageTokens.Of(_passages[row].Text);

    // Most terms are not in most passages: the passage's signature of its terms rules them out
    // before its token table is read (`first` is the hash of the term's first stem).
    private List<TextRange> RangesIn(PassageTokens passage, List<(QueryTerm Term, int First)> terms)
    {
        var ranges = new List<TextRange>();
        foreach (var (term, firstHash) in terms)
        {
            if (!passage.MayHave(firstHash))
            {
                continue;
            }

            var first = term.Tokens[0];
            foreach (var index in passage.IndexesOf(first.Term))
            {
                var start = passage.Tokens[index];
                var end = start;
                var whole = true;
                for (var k = 1; k < term.Tokens.Count && whole; k++)
                {
                    var next = term.Tokens[k];
                    if (passage.At(start.Position + next.Position - first.Position) is { } at && string.Equals(at.Term, next.Term, StringComparison.Ordinal))
                    {
                        end = at;
                    }
                    else
                    {
                        whole = false;
                    }
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
