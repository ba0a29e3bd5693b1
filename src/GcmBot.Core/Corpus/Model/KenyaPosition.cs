namespace GcmBot.Core.Corpus.Model;

/// <summary>
/// Kenya's National Position on the GCM (2017-2018): introduction, "Migration in Kenya" and the
/// six thematic sections I to VI.
/// </summary>
public sealed record KenyaPosition(IReadOnlyList<KenyaSection> Sections)
{
    public KenyaSection? Section(string numeral) =>
        Sections.FirstOrDefault(s => string.Equals(s.Numeral, numeral, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A section. <see cref="Numeral"/> is "I" to "VI" for the thematic sections, null for the
/// introduction and "Migration in Kenya".
/// </summary>
public sealed record KenyaSection(string? Numeral, string Title, IReadOnlyList<KenyaSubsection> Subsections);

/// <summary>A run of items under a sub-heading (null for the text before the first sub-heading).</summary>
public sealed record KenyaSubsection(string? Heading, IReadOnlyList<KenyaItem> Items);

/// <summary>A paragraph or bullet, text exact (without the bullet marker), with its passage id.</summary>
public sealed record KenyaItem(string PassageId, string Text, bool IsBullet);
