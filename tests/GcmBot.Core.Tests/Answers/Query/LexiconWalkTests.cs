using System.Globalization;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;
using GcmBot.Core.Search.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace GcmBot.Core.Tests.Answers.Query;

/// <summary>
/// The lexicon's rules are read out of the SynonymMap's FST once, as a tree of whole words, and
/// matches are kept and ordered with loops. On every corpus passage, evaluation and gate question and
/// lexicon phrase, Match must give what the former code gave: the walk of the FST arc by arc
/// (<see cref="FstWalk"/>, as it stood) and the LINQ that filtered and ordered its matches.
/// </summary>
public sealed class LexiconWalkTests
{
    [Fact]
    public void Match_EveryCorpusAndQuestionText_AsTheFstWalk()
    {
        var lexicon = AnswersTestCorpus.Lexicon;
        var gate = GateQuestions.Load();
        var texts = AnswersTestCorpus.Corpus.Passages.Select(p => p.Text)
            .Concat(EvaluationTests.Load().Select(q => q.Question))
            .Concat(gate.Paraphrases.Select(p => p.Question)).Concat(gate.OffTopic)
            .Concat(lexicon.Topics.SelectMany(t => t.Terms.Concat(t.Paraphrases.SelectMany(p => p.Say))));
        var maps = lexicon.Maps;
        var matched = 0;
        foreach (var text in texts)
        {
            var expected = Former(maps, text);

            var actual = lexicon.Match(text);

            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            matched += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(matched > 1_000, $"only {matched} texts matched a phrase");
    }

    private static string Describe(LexiconMatch m) =>
        $"{m.Objective}:{m.Phrase}@{m.Start}+{m.Length} ({string.Join('|', m.Means)})";

    // TopicLexicon.Match as it stood before the word tree.
    private static List<LexiconMatch> Former((SynonymMap? Exact, SynonymMap? Content, IReadOnlyList<TopicLexicon.LexiconPhrase> Phrases) maps, string text)
    {
        var (exact, content, phrases) = maps;
        var (allTokens, contentTokens) = TopicLexicon.TokensOf(Words.Split(text));
        var found = new List<(int Phrase, int Start, int Length)>();
        FstWalk.Find(exact, allTokens, exact: true, found);
        FstWalk.Find(content, contentTokens, exact: false, found);
        var matches = found.Select(f => new LexiconMatch(phrases[f.Phrase].Topic, phrases[f.Phrase].Text, phrases[f.Phrase].Means, f.Start, f.Length)).ToList();
        return [.. matches
            .Where(m => !matches.Any(o => o.Objective != m.Objective && o.Length > m.Length && o.Start <= m.Start && o.Start + o.Length >= m.Start + m.Length))
            .DistinctBy(m => (m.Topic, m.Phrase, m.Start, m.Length))
            .OrderBy(m => m.Start)];
    }

    // The former walk: from every word, the FST is stepped character by character, skipping up to
    // MaxGap words between two of a phrase's words (MaxGap in all for the content phrases).
    private sealed class FstWalk(SynonymMap map, List<Token> tokens, bool exact)
    {
        private readonly FST.BytesReader _reader = map.Fst.GetBytesReader();
        private readonly Dictionary<(int Phrase, int First), int> _ends = [];

        public static void Find(SynonymMap? map, List<Token> tokens, bool exact, List<(int Phrase, int Start, int Length)> found)
        {
            if (map is null)
            {
                return;
            }

            var walk = new FstWalk(map, tokens, exact);
            for (var first = 0; first < tokens.Count; first++)
            {
                var arc = map.Fst.GetFirstArc(new FST.Arc<BytesRef>());
                var output = map.Fst.Outputs.NoOutput;
                if (walk.Consume(tokens[first].Term, arc, ref output))
                {
                    walk.From(first, first, arc, output, 0);
                }
            }

            foreach (var ((phrase, first), last) in walk._ends.OrderBy(e => e.Key.First).ThenBy(e => e.Key.Phrase))
            {
                found.Add((phrase, tokens[first].Start, tokens[last].End - tokens[first].Start));
            }
        }

        private void From(int first, int at, FST.Arc<BytesRef> arc, BytesRef output, int gaps)
        {
            if (arc.IsFinal)
            {
                Record(first, at, map.Fst.Outputs.Add(output, arc.NextFinalOutput));
            }

            var separator = new FST.Arc<BytesRef>();
            if (map.Fst.FindTargetArc(SynonymMap.WORD_SEPARATOR, arc, separator, _reader) is null)
            {
                return;
            }

            var afterSeparator = map.Fst.Outputs.Add(output, separator.Output);
            for (var next = at + 1; next < tokens.Count; next++)
            {
                var skipped = next - at - 1;
                if (skipped > TopicLexicon.MaxGap || (!exact && gaps + skipped > TopicLexicon.MaxGap))
                {
                    break;
                }

                var step = new FST.Arc<BytesRef>().CopyFrom(separator);
                var stepOutput = afterSeparator;
                if (Consume(tokens[next].Term, step, ref stepOutput))
                {
                    From(first, next, step, stepOutput, gaps + skipped);
                }
            }
        }

        private bool Consume(string word, FST.Arc<BytesRef> arc, ref BytesRef output)
        {
            for (var i = 0; i < word.Length; i += char.IsSurrogatePair(word, i) ? 2 : 1)
            {
                if (map.Fst.FindTargetArc(char.ConvertToUtf32(word, i), arc, arc, _reader) is null)
                {
                    return false;
                }

                output = map.Fst.Outputs.Add(output, arc.Output);
            }

            return true;
        }

        private void Record(int first, int last, BytesRef output)
        {
            var input = new ByteArrayDataInput(output.Bytes, output.Offset, output.Length);
            var count = (int)((uint)input.ReadVInt32() >> 1);
            var word = new BytesRef();
            for (var i = 0; i < count; i++)
            {
                map.Words.Get(input.ReadVInt32(), word);
                var key = (int.Parse(word.Utf8ToString(), CultureInfo.InvariantCulture), first);
                _ends[key] = _ends.TryGetValue(key, out var known) ? Math.Min(known, last) : last;
            }
        }
    }
}
