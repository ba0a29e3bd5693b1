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
        var terms = new List<(Token[] Tokens, int First)>(query.Terms.Count);
        foreach (var phrase in query.Terms)
        {
            if (PostingsOf(phrase).Term is { IsEmpty: false } term)
            {
                terms.Add(([.. term.Tokens], PassageTokens.Hash(term.Tokens[0].Term)));
            }
        }

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
    private static List<TextRange> RangesIn(PassageTokens passage, List<(Token[] Tokens, int First)> terms)
    {
        var ranges = new List<TextRange>();
        foreach (var (tokens, firstHash) in terms)
        {
            if (!passage.MayHave(firstHash))
            {
                continue;
            }

            var first = tokens[0];
            foreach (var index in passage.IndexesOf(first.Term))
            {
                // The term's other stems at their places after this one, or no match here.
                var start = passage.Tokens[index];
                var end = start.End;
                for (var k = 1; k < tokens.Length && end >= 0; k++)
                {
                    var at = passage.IndexAt(start.Position + tokens[k].Position - first.Position);
                    end = at >= 0 && string.Equals(passage.Tokens[at].Term, tokens[k].Term, StringComparison.Ordinal) ? passage.Tokens[at].End : -1;
                }

                if (end >= 0)
                {
                    ranges.Add(new TextRange(start.Start, end - start.Start));
                }
            }
        }

        return ranges.Count <= 1 ? ranges : TextRanges.Merge(ranges);
    }
}
