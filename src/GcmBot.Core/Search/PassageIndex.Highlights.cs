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
        var terms = query.Terms.Select(PostingsOf).Where(t => !t.Term.IsEmpty).ToList();
        var result = new Dictionary<string, IReadOnlyList<TextRange>>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            if (_rowById.TryGetValue(passage.Id, out var row) && !result.ContainsKey(passage.Id))
            {
                result[passage.Id] = terms.Count == 0 ? [] : RangesIn(row, terms);
            }
        }

        return result;
    }

    // A passage's text analysed once, on first highlight, then kept (a benign race may analyse it twice).
    private PassageTokens TextTokens(int row) =>
        _textTokens[row] ??= PassageTokens.Of(_passages[row].Text);

    // A term can only stand in the text of a passage it matched (in some field): the index analysed
    // the text as the passage's tokens are, so the passages it did not match are skipped unread.
    private List<TextRange> RangesIn(int row, List<Postings> terms)
    {
        var ranges = new List<TextRange>();
        PassageTokens? passage = null;
        foreach (var (docs, _, term) in terms)
        {
            if (Array.BinarySearch(docs, row) < 0)
            {
                continue;
            }

            passage ??= TextTokens(row);
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
