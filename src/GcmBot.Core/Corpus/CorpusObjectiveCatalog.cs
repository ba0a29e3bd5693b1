namespace GcmBot.Core.Corpus;

/// <summary>The objective catalog read from the loaded corpus (objective 20 with its corrected title).</summary>
public sealed class CorpusObjectiveCatalog(GcmCorpus corpus) : IObjectiveCatalog
{
    public IReadOnlyList<ObjectiveSummary> Objectives { get; } =
        [.. corpus.Objectives.Select(o => new ObjectiveSummary(o.Number, o.ShortName, o.Title))];
}
