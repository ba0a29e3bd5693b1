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
        var terms = new List<Postings>(query.Terms.Count);
        foreach (var phrase in query.Terms)
        {
            if (PostingsOf(phrase) is { Term.IsEmpty: false } postings)
            {
                terms.Add(postings);
            }
        }

        var result = new Dictionary<string, IReadOnlyList<TextRange>>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            if (_rowById.TryGetValue(passage.Id, out var row) && !result.ContainsKey(passage.Id))
            {
                result[passage.Id] = RangesIn(row, terms);
            }
        }

        return result;
    }

    // A passage's text analysed once, on first highlight, then kept (a benign race may analyse it twice).
    private PassageTokens TextTokens(int row) =>
        _textTokens[row] ??= PassageTokens.Of(_passages[row].Text);

    // Every term's runs in the passage, joined. A term can only be in the text of a passage it
    // matched (in any field), so the others are passed over without reading the passage's tokens;
    // the runs of a term in a passage never change, so they are kept with the term's matches. When
    // one term has one run there, its kept runs are the passage's ranges: nothing to join.
    private IReadOnlyList<TextRange> RangesIn(int row, List<Postings> terms)
    {
        TextRange[]? only = null;
        List<TextRange>? ranges = null;
        foreach (var postings in terms)
        {
            var at = postings.IndexOf(row);
            if (at < 0)
            {
                continue;
            }

            var kept = postings.TextRuns;
            var runs = kept[at] ??= RunsOf(TextTokens(row), postings.Term.Tokens);
            if (runs.Length == 0)
            {
                continue;
            }

            if (only is null && ranges is null)
            {
                only = runs;
                continue;
            }

            ranges ??= [.. only!];
            ranges.AddRange(runs);
        }

        return ranges is not null ? TextRanges.Merge(ranges)
            : only is null ? []
            : only.Length == 1 ? only
            : TextRanges.Merge([.. only]);
    }

    // Where the term's first stem stands with its other stems at their places after it.
    private static TextRange[] RunsOf(PassageTokens passage, IReadOnlyList<Token> tokens)
    {
        List<TextRange>? runs = null;
        var first = tokens[0];
        foreach (var index in passage.IndexesOf(first.Term))
        {
            var start = passage.Tokens[index];
            var end = start.End;
            for (var k = 1; k < tokens.Count && end >= 0; k++)
            {
                var at = passage.IndexAt(start.Position + tokens[k].Position - first.Position);
                end = at >= 0 && string.Equals(passage.Tokens[at].Term, tokens[k].Term, StringComparison.Ordinal) ? passage.Tokens[at].End : -1;
            }

            if (end >= 0)
            {
                (runs ??= []).Add(new TextRange(start.Start, end - start.Start));
            }
        }

        return runs is null ? [] : [.. runs];
    }
}
