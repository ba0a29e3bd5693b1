using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;
using GcmBot.Core.Text;

namespace GcmBot.Core.Answers.Ranking;

/// <summary>
/// Picks the Progress Declaration paragraphs for an answer: those named in the question (quoted
/// whole), then the best-scoring paragraphs whose own text contains the topic (quoted by sentence).
/// </summary>
internal sealed class PdSection(AnswerResources resources, ParsedQuery query, AnswerLimits limits, SourceScope scope)
{
    public List<Passage> Candidates(IReadOnlyList<SearchHit> hits)
    {
        if (!scope.ProgressDeclaration)
        {
            return [];
        }

        var named = query.PdParagraphs
            .Select(n => resources.Corpus.Passage(PassageId.PdParagraph(n)))
            .OfType<Passage>()
            .ToList();
        var found = hits
            .Where(h => h.Passage.DocumentId == DocumentIds.ProgressDeclaration && h.Passage.Kind == PassageKind.Paragraph)
            .Select(h => h.Passage)
            .Where(p => !named.Contains(p))
            .Take(limits.PdParagraphs * AnswerLimits.CandidateFactor);
        return [.. named, .. found];
    }

    public static List<Quote> Quotes(List<Passage> candidates, ParsedQuery query, Func<Passage, IReadOnlyList<TextRange>> marks, int limit)
    {
        var named = candidates.Where(p => p.Paragraph is { } n && query.PdParagraphs.Contains(n)).ToList();
        var quotes = named.Select(p => Quoter.Whole(p, marks(p))).ToList();

        // The other candidates, each once, cut to their sentences: passages are told apart by id (ids
        // are unique in the corpus), not by hashing their whole text as record equality would.
        var taken = named.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var more = Math.Max(0, limit - quotes.Count);
        foreach (var passage in candidates)
        {
            if (more == 0)
            {
                break;
            }

            if (taken.Add(passage.Id) && Quoter.Sentences(passage, marks(passage)) is { } quote)
            {
                quotes.Add(quote);
                more--;
            }
        }

        return quotes;
    }
}
