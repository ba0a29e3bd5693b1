namespace GcmBot.Core.Search;

/// <summary>
/// British and American spellings ("recognise"/"recognize", "labour"/"labor", "centre"/"center",
/// "programme"/"program"), which Porter stemming does not bring together. The corpus mixes both.
/// </summary>
public static class Spelling
{
    private static readonly (string British, string American)[] Endings =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("isers", "izers"), ("iser", "izer"), ("ise", "ize"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"),
        ("our", "or"), ("tres", "ters"), ("tre", "ter"), ("ogrammes", "ograms"), ("ogramme", "ogram"),
    ];

    /// <summary>Both spellings map to one form (the American), for comparing two texts we both normalise.</summary>
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var (british, american) in Endings)
        {
            if (word.Length >= british.Length + 2 && word.EndsWith(british, StringComparison.Ordinal))
            {
                return word[..^british.Length] + american;
            }
        }

        return word;
    }

    /// <summary>The other spelling(s) of <paramref name="word"/>, if it has an ending that differs.</summary>
    public static IEnumerable<string> Variants(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var (british, american) in Endings)
        {
            if (word.Length >= british.Length + 2 && word.EndsWith(british, StringComparison.Ordinal))
            {
                yield return word[..^british.Length] + american;
                yield break;
            }

            if (word.Length >= american.Length + 2 && word.EndsWith(american, StringComparison.Ordinal))
            {
                yield return word[..^american.Length] + british;
                yield break;
            }
        }
    }
}
