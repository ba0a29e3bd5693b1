using GcmBot.Core.Search;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// Turns a free-text question into a <see cref="ParsedQuery"/>: framing stripped, references and
/// document names recognised anywhere, the remaining words matched against the topic lexicon.
/// Never throws on any input; anything it cannot use is ignored. With an index, a word the corpus
/// does not use is read as the corpus's word a typo away ("remitances" as "remittances"), before the
/// lexicon and the search see it; the topic shown keeps the user's spelling.
/// </summary>
public sealed class QueryParser(TopicLexicon lexicon, PassageIndex? index = null)
{
    public ParsedQuery Parse(string? question)
    {
        var text = QueryFraming.Normalize(question ?? string.Empty);
        var (sources, filterSpans) = SourceFilters.Find(text);
        var references = QueryReferences.Find(text, sources);

        // Blank references out first (keeping positions), then find where the topic starts in the text
        // with document names blanked out too (the text whose topic is shown).
        var withoutReferences = Blank(text, references.Spans);
        var withoutNames = Blank(withoutReferences, filterSpans);
        var (start, end) = QueryFraming.TopicSpan(withoutNames);
        var shown = withoutNames[start..end];
        var shownWords = Words.Split(shown);
        var (topicText, bare, bareWords) = Corrected(withoutReferences[start..end], shown, shownWords);

        // Lexicon phrases may contain a document's name ("Kenyans abroad"); searchable words may not.
        // Without a name in the topic both texts are the same, and so are their words: split once.
        var topics = lexicon.Match(topicText == bare ? bareWords : Words.Split(topicText));
        var paraphrased = topics.Where(t => t.IsParaphrase).ToList();
        var words = Compounds(bare, bareWords)
            .Where(w => !Stopwords.Contains(w.Text) && !paraphrased.Any(p => w.Start >= p.Start && w.Start < p.Start + p.Length))
            .Select(w => w.Text)
            .Distinct()
            .ToList();

        return new ParsedQuery(
            question ?? string.Empty,
            DisplayTopic(shown, shownWords),
            words,
            topics,
            references.Objectives,
            references.PdParagraphs,
            references.KenyaSections,
            sources);
    }

    // "COVID-19", "gender-responsive": words joined by a hyphen are searched as one phrase, so the
    // "19" of "COVID-19" does not match "objective 19".
    private static List<Word> Compounds(string text, IReadOnlyList<Word> words)
    {
        var result = new List<Word>();
        foreach (var word in words)
        {
            if (result.Count > 0 && result[^1] is var previous && previous.Start + previous.Length == word.Start - 1 && text[word.Start - 1] == '-')
            {
                result[^1] = new Word(previous.Text + " " + word.Text, previous.Start, word.Start + word.Length - previous.Start);
            }
            else
            {
                result.Add(word);
            }
        }

        return result;
    }

    // Both texts have the same words at the same places (the second has names blanked out), so each
    // typo is replaced in both, from the last, keeping the earlier positions valid.
    // The words of the corrected text are returned too: the same as given unless a typo was replaced.
    private (string TopicText, string Bare, IReadOnlyList<Word> BareWords) Corrected(string topicText, string bare, IReadOnlyList<Word> words)
    {
        if (index is null)
        {
            return (topicText, bare, words);
        }

        var corrected = false;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (!Stopwords.Contains(word.Text) && index.Correction(word.Text) is { } correction)
            {
                topicText = string.Concat(topicText.AsSpan(0, word.Start), correction, topicText.AsSpan(word.Start + word.Length));
                bare = string.Concat(bare.AsSpan(0, word.Start), correction, bare.AsSpan(word.Start + word.Length));
                corrected = true;
            }
        }

        return (topicText, bare, corrected ? Words.Split(bare) : words);
    }

    private static string Blank(string text, List<(int Start, int Length)> spans)
    {
        if (spans.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var (spanStart, length) in spans)
        {
            Array.Fill(chars, ' ', spanStart, length);
        }

        return new string(chars);
    }

    // The topic as the user wrote it, minus dangling little words left by removed names ("… in the").
    // It runs from whitespace to whitespace, so characters stuck to a word ("<script>", "**bold**") stay.
    private static string DisplayTopic(string bare, IReadOnlyList<Word> words)
    {
        var first = 0;
        var last = words.Count - 1;
        while (first <= last && Stopwords.Contains(words[first].Text))
        {
            first++;
        }

        while (last >= first && Stopwords.Contains(words[last].Text))
        {
            last--;
        }

        if (first > last)
        {
            return string.Empty;
        }

        var from = words[first].Start;
        while (from > 0 && !char.IsWhiteSpace(bare[from - 1]))
        {
            from--;
        }

        var to = words[last].Start + words[last].Length;
        while (to < bare.Length && !char.IsWhiteSpace(bare[to]))
        {
            to++;
        }

        return string.Join(' ', bare[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
