using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Answers.Ranking;

/// <summary>Which Kenya position section each Kenya passage belongs to.</summary>
internal sealed class KenyaMap
{
    private readonly Dictionary<string, KenyaSection> _sectionByPassage = new(StringComparer.Ordinal);

    public KenyaMap(KenyaPosition position)
    {
        foreach (var section in position.Sections)
        {
            foreach (var item in section.Subsections.SelectMany(s => s.Items))
            {
                _sectionByPassage[item.PassageId] = section;
            }
        }
    }

    public KenyaSection? SectionOf(string passageId) => _sectionByPassage.GetValueOrDefault(passageId);

    /// <summary>Sections are told apart by numeral; the two unnumbered ones by title.</summary>
    public static string Key(KenyaSection section) => section.Numeral ?? section.Title;
}
