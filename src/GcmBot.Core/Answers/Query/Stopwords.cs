namespace GcmBot.Core.Answers.Query;

/// <summary>
/// Words that carry no topic: function words, question framing, and the compact's own name
/// (every document says "Global Compact", so searching it only adds noise).
/// </summary>
internal static class Stopwords
{
    private static readonly HashSet<string> Set = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "anything",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "else", "etc", "ever", "every",
        "few", "for", "from", "further", "get", "gets", "give", "had", "has", "have", "having", "he", "her", "here",
        "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like",
        "me", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
        "or", "other", "our", "ours", "out", "over", "own", "please", "re", "regarding", "s", "said", "same", "say",
        "says", "she", "should", "show", "so", "some", "something", "such", "t", "tell", "than", "thank", "thanks",
        "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "upon", "us", "very", "want", "was", "we", "were", "what", "whatever",
        "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "yours", "gcm", "compact", "mention", "mentions", "mentioned", "talk", "talks", "document", "documents",
        "text", "know", "find", "look", "hi", "hello", "hey", "ok", "okay", "bot", "gcmbot", "concerning",
        "anybody", "someone", "near", "objective", "objectives", "thing", "things", "stuff", "kind", "sort", "bit",
    };

    /// <summary>The words themselves; a word shorter than <see cref="MinLength"/> is also little.</summary>
    public static IEnumerable<string> All => Set;

    public const int MinLength = 2;

    public static bool Contains(string foldedWord) => Set.Contains(foldedWord) || foldedWord.Length < MinLength;
}
