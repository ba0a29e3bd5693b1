using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Answers.Ranking;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers;

/// <summary>Everything an answer is composed from, built once and shared by all requests.</summary>
internal sealed class AnswerResources
{
    // The quoted actions by id (ids are unique in the corpus: GcmCorpus indexes them so), for a
    // lookup instead of comparing a passage with each of its objective's actions.
    private readonly Dictionary<string, Passage> _quotedActions;

    public AnswerResources(GcmCorpus corpus, PassageIndex index, TopicLexicon lexicon, Crosswalk crosswalk)
    {
        Corpus = corpus;
        Index = index;
        Lexicon = lexicon;
        Crosswalk = crosswalk;
        Ranker = new ObjectiveRanker(corpus, crosswalk, lexicon);
        Kenya = new KenyaMap(corpus.KenyaPosition);
        ActionsByObjective = corpus.Passages
            .Where(p => p.Kind == PassageKind.Action && p.Objective is not null && IsActionSource(corpus, p))
            .GroupBy(p => p.Objective!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Passage>)[.. g]);
        _quotedActions = ActionsByObjective.Values.SelectMany(a => a).ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public GcmCorpus Corpus { get; }

    public PassageIndex Index { get; }

    public TopicLexicon Lexicon { get; }

    public Crosswalk Crosswalk { get; }

    public ObjectiveRanker Ranker { get; }

    public KenyaMap Kenya { get; }

    /// <summary>
    /// The actions quoted for each objective: the final text's, or the Zero Draft's where the final
    /// text's are not in the corpus (objective 20).
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Passage>> ActionsByObjective { get; }

    // Equal to a quoted action (the same passage, as the record compares them) is one of its
    // objective's quoted actions, as the record's equality includes the objective.
    public bool IsQuotedAction(Passage passage) =>
        passage.Kind == PassageKind.Action && passage.Objective is not null
        && _quotedActions.TryGetValue(passage.Id, out var action) && action.Equals(passage);

    /// <summary>A word is distinctive when some passages use it, but not so many that it says nothing.</summary>
    public bool IsDistinctive(string word)
    {
        // A compound ("covid 19") is as distinctive as its rarest word.
        var frequency = word.Split(' ').Min(Index.DocumentFrequency);
        return frequency > 0 && frequency <= Index.Passages.Count * 0.15;
    }

    private static bool IsActionSource(GcmCorpus corpus, Passage passage) =>
        passage.DocumentId switch
        {
            DocumentIds.Objectives => true,
            DocumentIds.ZeroDraft => corpus.Objective(passage.Objective!.Value)?.Defect is not null,
            _ => false,
        };
}
