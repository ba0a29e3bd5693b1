using System.Diagnostics.CodeAnalysis;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// The lexicon's rules as a tree of whole words: the walk over a question takes one step per word. A node is
/// reached by a rule's first words; <see cref="Phrases"/> are the phrase numbers of the rules that end there (each
/// once, in the order added), <see cref="TryNext"/> the words that continue some rule. Most nodes deep in the tree
/// (the last words of a phrase in each of its orders) have one next word, kept as it is; a node with more keeps a
/// dictionary.
/// </summary>
internal sealed class WordRule
{
    private string? _word;
    private WordRule? _then;
    private Dictionary<string, WordRule>? _next;

    public int[] Phrases { get; private set; } = [];

    /// <summary>True when some rule continues past this node.</summary>
    public bool HasNext => _then is not null || _next is not null;

    /// <summary>The node <paramref name="word"/> leads to from this one, if a rule continues with it.</summary>
    public bool TryNext(string word, [NotNullWhen(true)] out WordRule? next)
    {
        if (_next is not null)
        {
            return _next.TryGetValue(word, out next);
        }

        next = _then is not null && string.Equals(word, _word, StringComparison.Ordinal) ? _then : null;
        return next is not null;
    }

    /// <summary>
    /// Adds the rule <paramref name="words"/> → <paramref name="phrase"/> below this node (a rule added twice is kept
    /// once, as SynonymMap's builder with dedup keeps it). The words become the tree's keys as they are given.
    /// </summary>
    public void Add(IReadOnlyList<string> words, int phrase)
    {
        var rule = this;
        foreach (var word in words)
        {
            if (!rule.TryNext(word, out var next))
            {
                next = new WordRule();
                rule.Link(word, next);
            }

            rule = next;
        }

        if (Array.IndexOf(rule.Phrases, phrase) < 0)
        {
            rule.Phrases = [.. rule.Phrases, phrase];
        }
    }

    private void Link(string word, WordRule next)
    {
        if (_then is null && _next is null)
        {
            (_word, _then) = (word, next);
            return;
        }

        if (_next is null)
        {
            _next = new Dictionary<string, WordRule>(StringComparer.Ordinal) { [_word!] = _then! };
            (_word, _then) = (null, null);
        }

        _next[word] = next;
    }
}
