using System.Globalization;
using GcmBot.Core.Search.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace GcmBot.Core.Answers.Query;

/// <summary>Applying the map to a text: a walk of its FST that may skip words.</summary>
internal sealed partial class LexiconSynonyms
{
    /// <summary>
    /// Every phrase found in a text's <paramref name="tokens"/> (their stems, as this map's chain gives
    /// them), with its span (first to last word) in the text.
    /// </summary>
    public void Find(List<Token> tokens, List<(int Phrase, int Start, int Length)> found)
    {
        if (_map is null)
        {
            return;
        }

        if (!tokens.Exists(t => _firstWords.Contains(t.Term)))
        {
            return;
        }

        var walk = new Walk(_map, tokens, _exact, _ruleWords);
        for (var first = 0; first < tokens.Count; first++)
        {
            if (!_firstWords.Contains(tokens[first].Term))
            {
                continue;
            }

            var arc = walk.Fst.GetFirstArc(new FST.Arc<BytesRef>());
            var output = walk.Fst.Outputs.NoOutput;
            if (walk.Consume(tokens[first].Term, arc, ref output))
            {
                walk.From(first, first, arc, output, gaps: 0);
            }
        }

        // By first word, then in the lexicon's order.
        foreach (var ((phrase, first), last) in walk.Ends.OrderBy(e => e.Key.First).ThenBy(e => e.Key.Phrase))
        {
            found.Add((phrase, tokens[first].Start, tokens[last].End - tokens[first].Start));
        }
    }

    private sealed class Walk(SynonymMap map, List<Token> tokens, bool exact, HashSet<string> ruleWords)
    {
        private readonly FST.BytesReader _reader = map.Fst.GetBytesReader();
        private readonly BytesRef _word = new();

        public FST<BytesRef> Fst { get; } = map.Fst;

        /// <summary>The nearest last word of each phrase found from each first word.</summary>
        public Dictionary<(int Phrase, int First), int> Ends { get; } = [];

        // arc stands at the end of word `at`.
        public void From(int first, int at, FST.Arc<BytesRef> arc, BytesRef output, int gaps)
        {
            if (arc.IsFinal)
            {
                Record(first, at, Fst.Outputs.Add(output, arc.NextFinalOutput));
            }

            var separator = new FST.Arc<BytesRef>();
            if (Fst.FindTargetArc(SynonymMap.WORD_SEPARATOR, arc, separator, _reader) is null)
            {
                return;
            }

            var afterSeparator = Fst.Outputs.Add(output, separator.Output);
            for (var next = at + 1; next < tokens.Count; next++)
            {
                var skipped = next - at - 1;
                if (skipped > TopicLexicon.MaxGap || (!exact && gaps + skipped > TopicLexicon.MaxGap))
                {
                    break;
                }

                if (!ruleWords.Contains(tokens[next].Term))
                {
                    continue;
                }

                var step = new FST.Arc<BytesRef>().CopyFrom(separator);
                var stepOutput = afterSeparator;
                if (Consume(tokens[next].Term, step, ref stepOutput))
                {
                    From(first, next, step, stepOutput, gaps + skipped);
                }
            }
        }

        public bool Consume(string word, FST.Arc<BytesRef> arc, ref BytesRef output)
        {
            for (var i = 0; i < word.Length; i += char.IsSurrogatePair(word, i) ? 2 : 1)
            {
                if (Fst.FindTargetArc(char.ConvertToUtf32(word, i), arc, arc, _reader) is null)
                {
                    return false;
                }

                output = Fst.Outputs.Add(output, arc.Output);
            }

            return true;
        }

        // The output lists the rule's words (SynonymMap's format: a count, then word ordinals).
        private void Record(int first, int last, BytesRef output)
        {
            var input = new ByteArrayDataInput(output.Bytes, output.Offset, output.Length);
            var count = (int)((uint)input.ReadVInt32() >> 1);
            for (var i = 0; i < count; i++)
            {
                map.Words.Get(input.ReadVInt32(), _word);
                var key = (int.Parse(_word.Utf8ToString(), CultureInfo.InvariantCulture), first);
                Ends[key] = Ends.TryGetValue(key, out var known) ? Math.Min(known, last) : last;
            }
        }
    }
}
