namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// The headings a passage sits under, outermost first. Setting a heading at a level drops every
/// heading at that level or deeper, so "Session 2" replaces "Session 1" under the same chapter.
/// </summary>
internal sealed class HeadingPath
{
    private readonly SortedDictionary<int, string> _byLevel = [];

    public const string Separator = " › ";

    public void Set(int level, string heading)
    {
        foreach (var deeper in _byLevel.Keys.Where(k => k >= level).ToList())
        {
            _byLevel.Remove(deeper);
        }

        _byLevel[level] = heading;
    }

    public void Clear() => _byLevel.Clear();

    /// <summary>The innermost heading of a path string made by <see cref="ToString"/>.</summary>
    public static string Innermost(string path) => path.Split(Separator)[^1];

    /// <summary>
    /// Nesting of a document heading: roman-numbered and capitalised headings are chapters (2),
    /// lettered ("B. …") and other headings sit under them (3). Levels 0 and 1 are left for annexes.
    /// </summary>
    public static int LevelOf(string heading) =>
        LineSyntax.IsRomanHeading(heading) || (TextRules.IsCapitals(heading) && !LineSyntax.IsLetteredHeading(heading)) ? 2 : 3;

    public override string ToString() => string.Join(Separator, _byLevel.Values);
}
