using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers;

/// <summary>
/// corpus/topic-lexicon.json: per objective, the documents' own words for its topic and everyday
/// paraphrases mapped to those words. Phrases are compared by Porter stems, so "locked up" and
/// "locking up" are one entry.
/// </summary>
public sealed class TopicLexicon
{
    /// <summary>Words allowed between two words of a phrase ("money they send home").</summary>
    public const int MaxGap = 2;

    private readonly Dictionary<string, List<LexiconPhrase>> _byFirstStem;

    public TopicLexicon(IReadOnlyList<LexiconTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        _byFirstStem = new Dictionary<string, List<LexiconPhrase>>(StringComparer.Ordinal);
        foreach (var phrase in topics.SelectMany(Phrases))
        {
            if (!_byFirstStem.TryGetValue(phrase.Stems[0], out var list))
            {
                _byFirstStem[phrase.Stems[0]] = list = [];
            }

            list.Add(phrase);
        }
    }

    public IReadOnlyList<LexiconTopic> Topics { get; }

    public LexiconTopic? Topic(int objective) => Topics.FirstOrDefault(t => t.Objective == objective);

    public static TopicLexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CorpusIntegrityException($"Topic lexicon not found: {path}.");
        }

        var file = JsonSerializer.Deserialize<LexiconFile>(File.ReadAllText(path))
            ?? throw new CorpusIntegrityException($"{path} is empty.");
        return new TopicLexicon(file.Topics);
    }

    /// <summary>
    /// Every phrase of the lexicon found in <paramref name="words"/>, in order of position. Little
    /// words are skipped on both sides ("money they send" finds "money migrants send"), and a
    /// phrase inside a longer phrase of another topic does not count ("integrated" in
    /// "integrated border management" is not about integration).
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var all = words.Select(w => (Word: w, Stem: PorterStemmer.Stem(w.Text))).ToList();
        var content = all.Where(x => !Stopwords.Contains(x.Word.Text)).ToList();
        var matches = new List<LexiconMatch>();
        Collect(all, exact: true, matches);
        Collect(content, exact: false, matches);
        return [.. matches
            .Where(m => !matches.Any(o => o.Objective != m.Objective && o.Length > m.Length && o.Start <= m.Start && o.Start + o.Length >= m.Start + m.Length))
            .OrderBy(m => m.Start)];
    }

    private void Collect(List<(Word Word, string Stem)> sequence, bool exact, List<LexiconMatch> matches)
    {
        var stems = sequence.Select(x => x.Stem).ToArray();
        for (var i = 0; i < stems.Length; i++)
        {
            if (!_byFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates.Where(p => p.Exact == exact))
            {
                if (EndOf(phrase.Stems, stems, i, exact ? 0 : MaxGap) is { } end)
                {
                    var (first, last) = (sequence[i].Word, sequence[end].Word);
                    matches.Add(new LexiconMatch(phrase.Topic, phrase.Text, phrase.Means, first.Start, last.Start + last.Length - first.Start));
                }
            }
        }
    }

    // The index of the last word of the phrase when it starts at word i, allowing small gaps.
    private static int? EndOf(string[] phrase, string[] stems, int start, int gap)
    {
        var at = start;
        for (var k = 1; k < phrase.Length; k++)
        {
            var next = -1;
            for (var j = at + 1; j <= Math.Min(stems.Length - 1, at + 1 + gap); j++)
            {
                if (stems[j] == phrase[k])
                {
                    next = j;
                    break;
                }
            }

            if (next < 0)
            {
                return null;
            }

            at = next;
        }

        return at;
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

    private sealed record LexiconFile([property: JsonPropertyName("topics")] IReadOnlyList<LexiconTopic> Topics);

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
            var stems = (exact ? words : content).Select(w => PorterStemmer.Stem(w.Text)).ToArray();
            return new LexiconPhrase(topic, text, stems, exact, means);
        }
    }
}

/// <summary>One objective's entry in the lexicon.</summary>
public sealed record LexiconTopic(
    [property: JsonPropertyName("objective")] int Objective,
    [property: JsonPropertyName("shortName")] string ShortName,
    [property: JsonPropertyName("terms")] IReadOnlyList<string> Terms,
    [property: JsonPropertyName("paraphrases")] IReadOnlyList<LexiconParaphrase> Paraphrases)
{
    /// <summary>The documents' principal words for the topic, searched whenever the topic is recognised.</summary>
    [JsonPropertyName("core")]
    public IReadOnlyList<string> Core { get; init; } = [];
}

/// <summary>Everyday wordings (<see cref="Say"/>) and the documents' words they stand for (<see cref="Means"/>).</summary>
public sealed record LexiconParaphrase(
    [property: JsonPropertyName("say")] IReadOnlyList<string> Say,
    [property: JsonPropertyName("means")] IReadOnlyList<string> Means);

/// <summary>A lexicon phrase found in a question: its topic, the words to search for, and where it stood.</summary>
public sealed record LexiconMatch(LexiconTopic Topic, string Phrase, IReadOnlyList<string> Means, int Start, int Length)
{
    public int Objective => Topic.Objective;

    /// <summary>True for everyday wording the documents do not use: its own words are not worth searching.</summary>
    public bool IsParaphrase => !(Means.Count == 1 && Means[0] == Phrase);
}
