using System.Collections.Concurrent;
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

    public static TopicLexicon Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CorpusIntegrityException($"Topic lexicon not found: {path}.");
        }

        var file = JsonSerializer.Deserialize<LexiconFile>(File.ReadAllText(path))
            ?? throw new CorpusIntegrityException($"{path} is empty.");
        return new TopicLexicon(file.Topics, file.Synonyms);
    }

    /// <summary>
    /// Every phrase of the lexicon found in <paramref name="words"/>, in order of position. Little
    /// words are skipped and word order is free within a short window ("money they send" finds
    /// "money migrants send", "confiscating passports" finds "passports confiscated"); a phrase
    /// inside a longer phrase of another topic does not count ("integrated" in "integrated border
    /// management" is not about integration).
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var all = words.Select(w => (Word: w, Stem: StemOf(w.Text))).ToList();
        var content = all.Where(x => !Stopwords.Contains(x.Word.Text)).ToList();
        var matches = new List<LexiconMatch>();
        Collect(all, exact: true, matches);
        Collect(content, exact: false, matches);
        return [.. matches
            .Where(m => !matches.Any(o => o.Objective != m.Objective && o.Length > m.Length && o.Start <= m.Start && o.Start + o.Length >= m.Start + m.Length))
            .DistinctBy(m => (m.Topic, m.Phrase, m.Start, m.Length))
            .OrderBy(m => m.Start)];
    }

    /// <summary>The stem lexicon phrases are compared by: spelling normalised, then Porter.</summary>
    internal static string StemOf(string foldedWord)
    {
        if (StemCache.TryGetValue(foldedWord, out var stem))
        {
            return stem;
        }

        stem = PorterStemmer.Stem(Spelling.Normalize(foldedWord));

        // Bounded: questions can bring any number of new words.
        if (StemCache.Count < MaxCachedStems)
        {
            StemCache.TryAdd(foldedWord, stem);
        }

        return stem;
    }

    private const int MaxCachedStems = 50_000;
    private static readonly ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

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
                if ((exact ? InOrder(phrase.Stems, stems, i) : InWindow(phrase.Stems, stems, i)) is { } span)
                {
                    var (first, last) = (sequence[span.First].Word, sequence[span.Last].Word);
                    matches.Add(new LexiconMatch(phrase.Topic, phrase.Text, phrase.Means, first.Start, last.Start + last.Length - first.Start));
                }
            }
        }
    }

    // Word for word from position i, with up to MaxGap other words between two phrase words.
    private static (int First, int Last)? InOrder(string[] phrase, string[] stems, int start)
    {
        var at = start;
        for (var k = 1; k < phrase.Length; k++)
        {
            var next = Array.IndexOf(stems, phrase[k], at + 1, Math.Max(0, Math.Min(stems.Length - 1, at + 1 + MaxGap) - at));
            if (next < 0)
            {
                return null;
            }

            at = next;
        }

        return (start, at);
    }

    // Every phrase word somewhere in a window around position i (which holds one of them), any order.
    // Each phrase is indexed under each of its stems, so the match is found from its leftmost word.
    private static (int First, int Last)? InWindow(string[] phrase, string[] stems, int start)
    {
        var window = phrase.Length + MaxGap;
        var end = Math.Min(stems.Length, start + window);
        var last = start;
        foreach (var stem in phrase)
        {
            var at = Array.IndexOf(stems, stem, start, end - start);
            if (at < 0)
            {
                return null;
            }

            last = Math.Max(last, at);
        }

        return (start, last);
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

    /// <summary>True for a synonym, which points to no objective.</summary>
    public bool IsSynonym => Topic.Objective == TopicLexicon.NoObjective;

    /// <summary>True for everyday wording the documents do not use: its own words are not worth searching.</summary>
    public bool IsParaphrase => !(Means.Count == 1 && Means[0] == Phrase);
}
