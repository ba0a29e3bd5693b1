using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;
using GcmBot.Core.Search.Analysis;
using GcmBot.Core.Tests.Answers;
using GcmBot.Core.Text;

namespace GcmBot.Core.Tests.Search;

/// <summary>
/// Highlighting passes over a term in a passage the term did not match (in any field) without reading
/// the passage's tokens, and keeps a term's runs in a passage with the term's matches. On every evaluation
/// question's best 60 hits, the highlights must be those found by reading each passage's whole
/// text: every run of tokens spelling a query term (its stems at their relative positions), with
/// overlapping or touching runs joined; the first time (runs found) and the second (runs kept).
/// </summary>
public sealed class HighlightsOracleTests
{
    [Fact]
    public void Highlights_EveryEvaluationQuestion_AsReadingEveryPassage()
    {
        var index = AnswersTestCorpus.Index;
        var highlighted = 0;
        foreach (var question in EvaluationTests.Load())
        {
            var query = SearchTerms.For(AnswersTestCorpus.Engine.Parser.Parse(question.Question), index);
            var passages = index.Search(query, 60).Select(h => h.Passage).ToList();

            var highlights = index.Highlights(passages, query);
            var again = index.Highlights(passages, query);

            foreach (var passage in passages)
            {
                var expected = Oracle(passage.Text, query);
                Assert.Equal(expected, highlights[passage.Id]);
                Assert.Equal(expected, again[passage.Id]);
                highlighted += expected.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(highlighted > 1_000, $"only {highlighted} passages highlighted");
    }

    private static List<TextRange> Oracle(string text, SearchQuery query)
    {
        var tokens = Tokens.Of(CorpusAnalyzer.Index, text);
        var runs = new List<TextRange>();
        foreach (var term in query.Terms.Select(t => Tokens.Of(CorpusAnalyzer.Index, t)).Where(t => t.Count > 0))
        {
            foreach (var start in tokens.Where(t => t.Term == term[0].Term))
            {
                var matched = term.Select(k => tokens.FirstOrDefault(t => t.Position == start.Position + k.Position - term[0].Position && t.Term == k.Term)).ToList();
                if (matched.All(t => t.Term is not null))
                {
                    runs.Add(new TextRange(start.Start, matched[^1].End - start.Start));
                }
            }
        }

        var joined = new List<TextRange>();
        foreach (var run in runs.OrderBy(r => r.Start))
        {
            if (joined.Count > 0 && run.Start <= joined[^1].Start + joined[^1].Length)
            {
                joined[^1] = new TextRange(joined[^1].Start, Math.Max(joined[^1].Start + joined[^1].Length, run.Start + run.Length) - joined[^1].Start);
            }
            else
            {
                joined.Add(run);
            }
        }

        return joined;
    }
}
