using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers.Ranking;

/// <summary>Grouping the Kenya hits by section, and the stable sort they are ranked with.</summary>
internal sealed partial class KenyaSectionPicker
{
    // The Kenya hits grouped by section (sections named in the question left out), in order of
    // each section's first hit; within a section, in the search's order.
    private List<(KenyaSection Section, List<SearchHit> Hits)> BySection(IReadOnlyList<SearchHit> hits, HashSet<string> named)
    {
        var groups = new List<(KenyaSection Section, List<SearchHit> Hits)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (hit.Passage.DocumentId != DocumentIds.KenyaPosition || resources.Kenya.SectionOf(hit.Passage.Id) is not { } section)
            {
                continue;
            }

            var key = KenyaMap.Key(section);
            if (named.Contains(key))
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = groups.Count;
                groups.Add((section, []));
            }

            groups[group].Hits.Add(hit);
        }

        return groups;
    }

    // Insertion sort, highest score first: stable, and the hits usually arrive in that order already.
    private static void SortByScore(List<SearchHit> hits)
    {
        for (var i = 1; i < hits.Count; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            for (; j >= 0 && hits[j].Score < hit.Score; j--)
            {
                hits[j + 1] = hits[j];
            }

            hits[j + 1] = hit;
        }
    }
}
