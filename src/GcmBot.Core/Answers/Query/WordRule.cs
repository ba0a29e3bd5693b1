namespace GcmBot.Core.Answers.Query;

/// <summary>
/// The lexicon's rules as a tree of whole words: the walk over a question takes one dictionary step per
/// word. A node is reached by a rule's first words; <see cref="Phrases"/> are the phrase numbers of the
/// rules that end there (each once, in the order added), <see cref="Next"/> the words that continue some rule.
/// </summary>
internal sealed class WordRule
{
    public int[] Phrases { get; private set; } = [];

    public Dictionary<string, WordRule>? Next { get; private set; }

    /// <summary>
    /// Adds the rule <paramref name="words"/> → <paramref name="phrase"/> below this node (a rule added twice is kept
    /// once, as SynonymMap's builder with dedup keeps it). The words become the tree's keys as they are given.
    /// </summary>
    public void Add(IReadOnlyList<string> words, int phrase)
    {
        var rule = this;
        foreach (var word in words)
        {
            rule.Next ??= new Dictionary<string, WordRule>(StringComparer.Ordinal);
            if (!rule.Next.TryGetValue(word, out var next))
            {
                rule.Next[word] = next = new WordRule();
            }

            rule = next;
        }

        if (Array.IndexOf(rule.Phrases, phrase) < 0)
        {
            rule.Phrases = [.. rule.Phrases, phrase];
        }
    }
}
