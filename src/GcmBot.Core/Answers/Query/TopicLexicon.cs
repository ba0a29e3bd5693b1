using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Search;
using GcmBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// corpus/topic-lexicon.json: per objective, the documents' own words for its topic and everyday
/// paraphrases mapped to those words. Phrases are compared by the stems of Lucene's analysis chain
/// (<see cref="LexiconAnalyzers"/>), so "locked up" and "locking up" are one entry, and kept as rules of a
/// Lucene <see cref="Lucene.Net.Analysis.Synonym.SynonymMap"/>'s form in a tree of words (<see cref="LexiconSynonyms"/>).
/// </summary>
public sealed partial class TopicLexicon
{
    /// <summary>Words allowed between two words of a phrase ("money they send home").</summary>
    public const int MaxGap = 2;

    private static readonly CharArraySet LittleWords = LexiconAnalyzers.Set(Stopwords.All);
    private static readonly Analyzer ExactStems = LexiconAnalyzers.Stems(null, 0);
    private static readonly Analyzer ContentStems = LexiconAnalyzers.Stems(LittleWords, Stopwords.MinLength);

    private readonly List<LexiconPhrase> _phrases;
    private readonly LexiconSynonyms _exact;
    private readonly LexiconSynonyms _content;

    public TopicLexicon(IReadOnlyList<LexiconTopic> topics, IReadOnlyList<LexiconParaphrase>? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        Synonyms = new LexiconTopic(NoObjective, "", [], synonyms ?? []);
        _phrases = [.. topics.Append(Synonyms).SelectMany(Phrases)];
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        _exact = new LexiconSynonyms(_phrases, exact: true, ExactStems, words);
        _content = new LexiconSynonyms(_phrases, exact: false, ContentStems, words);
    }

    /// <summary>
    /// The phrases' rules over every word and over the content words as Lucene maps (the app builds only their word
    /// trees), and every phrase by number: for the tests that walk the maps' FSTs directly.
    /// </summary>
    internal (SynonymMap? Exact, SynonymMap? Content, IReadOnlyList<LexiconPhrase> Phrases) Maps =>
        (LexiconSynonyms.MapOf(_phrases, exact: true, ExactStems), LexiconSynonyms.MapOf(_phrases, exact: false, ContentStems), _phrases);

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
        var file = directory.Json(FileName, LexiconJson.Default.LexiconFile);
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
    /// A phrase of the lexicon. Little words are not matched ("search and rescue" is search, rescue)
    /// unless that would leave one word of several ("set off"): such a phrase is <see cref="Exact"/>
    /// and must match word for word.
    /// </summary>
    internal sealed record LexiconPhrase(LexiconTopic Topic, string Text, bool Exact, IReadOnlyList<string> Means)
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
            return new LexiconPhrase(topic, text, exact, means);
        }
    }

    // Source-generated, with the options every corpus file is read with (CorpusDirectory.Json checks them).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(LexiconFile))]
    private sealed partial class LexiconJson : JsonSerializerContext;
}
