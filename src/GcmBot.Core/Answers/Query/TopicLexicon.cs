using System.Text.Json.Serialization;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// corpus/topic-lexicon.json: per objective, the documents' own words for its topic and everyday
/// paraphrases mapped to those words. Phrases are compared by Porter stems, so "locked up" and
/// "locking up" are one entry.
/// </summary>
public sealed partial class TopicLexicon
{
    /// <summary>Words allowed between two words of a phrase ("money they send home").</summary>
    public const int MaxGap = 2;

    private readonly Dictionary<string, List<LexiconPhrase>> _byFirstStem;

    public TopicLexicon(IReadOnlyList<LexiconTopic> topics, IReadOnlyList<LexiconParaphrase>? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        Synonyms = new LexiconTopic(NoObjective, "", [], synonyms ?? []);
        _byFirstStem = new Dictionary<string, List<LexiconPhrase>>(StringComparer.Ordinal);
        foreach (var phrase in topics.Append(Synonyms).SelectMany(Phrases))
        {
            foreach (var stem in phrase.Exact ? [phrase.Stems[0]] : phrase.Stems.Distinct())
            {
                if (!_byFirstStem.TryGetValue(stem, out var list))
                {
                    _byFirstStem[stem] = list = [];
                }

                list.Add(phrase);
            }
        }
    }

    /// <summary>The objective number of <see cref="Synonyms"/>: they belong to no objective.</summary>
    public const int NoObjective = 0;

    /// <summary>The objectives' topics.</summary>
    public IReadOnlyList<LexiconTopic> Topics { get; }

    /// <summary>
    /// Everyday words for the documents' words that point to no objective in particular
    /// ("police" → "law enforcement"): they widen the search and weigh nothing in ranking.
    /// </summary>
    public LexiconTopic Synonyms { get; }

    public LexiconTopic? Topic(int objective) => Topics.FirstOrDefault(t => t.Objective == objective);

    public const string FileName = "topic-lexicon.json";

    public static TopicLexicon Load(CorpusDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var file = directory.Json<LexiconFile>(FileName);
        return new TopicLexicon(file.Topics, file.Synonyms);
    }

    private static IEnumerable<LexiconPhrase> Phrases(LexiconTopic topic)
    {
        foreach (var term in topic.Terms)
        {
            yield return LexiconPhrase.Of(topic, term, [term]);
        }

        foreach (var paraphrase in topic.Paraphrases)
        {
            foreach (var say in paraphrase.Say)
            {
                yield return LexiconPhrase.Of(topic, say, paraphrase.Means);
            }
        }
    }

    private sealed record LexiconFile(
        [property: JsonPropertyName("topics")] IReadOnlyList<LexiconTopic> Topics,
        [property: JsonPropertyName("synonyms")] IReadOnlyList<LexiconParaphrase>? Synonyms);

    /// <summary>
    /// A phrase as stems. Little words are dropped ("search and rescue" → search, rescu) unless that
    /// would leave one word of several ("set off"): such a phrase must match word for word.
    /// </summary>
    private sealed record LexiconPhrase(LexiconTopic Topic, string Text, string[] Stems, bool Exact, IReadOnlyList<string> Means)
    {
        public static LexiconPhrase Of(LexiconTopic topic, string text, IReadOnlyList<string> means)
        {
            var words = Words.Split(text);
            if (words.Count == 0)
            {
                throw new CorpusIntegrityException($"corpus/topic-lexicon.json: objective {topic.Objective} has an empty phrase.");
            }

            var content = words.Where(w => !Stopwords.Contains(w.Text)).ToList();
            var exact = content.Count == 0 || (content.Count == 1 && words.Count > 1);
            var stems = (exact ? words : content).Select(w => StemOf(w.Text)).ToArray();
            return new LexiconPhrase(topic, text, stems, exact, means);
        }
    }
}
