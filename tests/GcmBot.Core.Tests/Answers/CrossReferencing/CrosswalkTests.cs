using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Answers.CrossReferencing;
using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers.CrossReferencing;

/// <summary>
/// The curated crosswalk must agree with the documents: every cited paragraph and section uses a
/// lexicon term of its objective, and round tables are the Declaration's own. Gaps between the
/// crosswalk and what the index finds are printed for review.
/// </summary>
public sealed class CrosswalkTests(ITestOutputHelper output)
{
    private static Crosswalk Crosswalk => AnswersTestCorpus.Crosswalk;

    [Fact]
    public void Crosswalk_CoversEveryObjectiveOnce() =>
        Assert.Equal(Enumerable.Range(1, 23), Crosswalk.Entries.Select(e => e.Objective).Order());

    [Fact]
    public void Crosswalk_RoundTables_MatchTheDeclarationsHeadings()
    {
        foreach (var entry in Crosswalk.Entries)
        {
            Assert.Equal(AnswersTestCorpus.Corpus.ProgressDeclaration.RoundTableFor(entry.Objective)?.Number, entry.RoundTable);
        }
    }

    [Fact]
    public void Crosswalk_EveryEntry_HasAReason()
    {
        Assert.All(Crosswalk.Entries.SelectMany(e => e.Pd), p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
        Assert.All(Crosswalk.Entries.SelectMany(e => e.Kenya), k => Assert.False(string.IsNullOrWhiteSpace(k.Reason)));
    }

    [Fact]
    public void Crosswalk_EveryCitedParagraph_UsesATermOfItsObjective()
    {
        var failures = new List<string>();
        foreach (var entry in Crosswalk.Entries)
        {
            foreach (var cited in entry.Pd)
            {
                var paragraph = AnswersTestCorpus.Corpus.Passage(PassageId.PdParagraph(cited.Paragraph));
                if (paragraph is null || !UsesTermOf(entry.Objective, paragraph.Text))
                {
                    failures.Add($"objective {entry.Objective}: ¶{cited.Paragraph} ({cited.Reason})");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Crosswalk_EveryCitedKenyaSection_UsesATermOfItsObjective()
    {
        var failures = new List<string>();
        foreach (var entry in Crosswalk.Entries)
        {
            foreach (var cited in entry.Kenya)
            {
                var section = AnswersTestCorpus.Corpus.KenyaPosition.Section(cited.Section);
                var text = section is null ? "" : string.Join("\n", section.Subsections.SelectMany(s => s.Items).Select(i => i.Text).Prepend(section.Title));
                if (!UsesTermOf(entry.Objective, text))
                {
                    failures.Add($"objective {entry.Objective}: Kenya §{cited.Section} ({cited.Reason})");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Crosswalk_ComparedWithTheIndex_PrintsGaps()
    {
        var missedByIndex = 0;
        foreach (var entry in Crosswalk.Entries)
        {
            var topic = AnswersTestCorpus.Lexicon.Topic(entry.Objective)!;
            var found = AnswersTestCorpus.Engine.Where(string.Join(", ", topic.Terms.Take(4))).ProgressDeclaration
                .Select(q => q.Passage.Paragraph!.Value).ToList();
            var curated = entry.Pd.Select(p => p.Paragraph).ToList();
            var onlyCurated = curated.Except(found).ToList();
            missedByIndex += onlyCurated.Count;
            output.WriteLine($"objective {entry.Objective,2}: crosswalk [{string.Join(",", curated)}] index [{string.Join(",", found)}]" +
                $" | crosswalk only [{string.Join(",", onlyCurated)}] index only [{string.Join(",", found.Except(curated))}]");
        }

        output.WriteLine($"{missedByIndex} curated paragraphs not among the index's top results for the objective's first terms.");
        Assert.True(missedByIndex < Crosswalk.Entries.Sum(e => e.Pd.Count), "the index finds none of the curated paragraphs");
    }

    // A term of the objective (by the lexicon's own stem matching) occurs in the text.
    private static bool UsesTermOf(int objective, string text) =>
        AnswersTestCorpus.Lexicon.Match(text).Any(m => m.Objective == objective && !m.Topic.Paraphrases.Any(p => p.Say.Contains(m.Phrase)));
}
