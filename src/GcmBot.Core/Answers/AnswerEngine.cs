using System.Collections.Concurrent;
using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Answers.Ranking;
using GcmBot.Core.Corpus;
using GcmBot.Core.Diagnostics;
using GcmBot.Core.Search;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Answers;

/// <summary>
/// Answers free-text questions from the corpus. Thread-safe and allocation-light: one FTS search
/// and one highlight batch per question, against the shared in-memory index.
/// </summary>
public sealed class AnswerEngine
{
    private readonly AnswerResources _resources;
    private readonly CrossReferenceBuilder _crossReferences;

    // Cross-references depend on the objective only: built on first use, then reused.
    private readonly ConcurrentDictionary<int, CrossReferences> _crossReferenceCache = new();

    private readonly SemanticSearch? _semantic;

    // The actions each objective quotes, by position: its semantic similarity is the best cosine among them.
    private readonly Dictionary<int, int[]> _objectivePassages;

    // Each passage's position, for the similarity of the passages an answer quotes.
    private readonly Dictionary<string, int> _rowById;

    public AnswerEngine(GcmCorpus corpus, PassageIndex index, TopicLexicon lexicon, Crosswalk crosswalk, SemanticSearch? semantic = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(crosswalk);
        _semantic = semantic;
        _resources = new AnswerResources(corpus, index, lexicon, crosswalk);
        _objectivePassages = ObjectiveFusion.EvidenceRows(_resources);
        _rowById = corpus.Passages.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _crossReferences = new CrossReferenceBuilder(_resources);
        Parser = new QueryParser(lexicon, index);
    }

    public QueryParser Parser { get; }

    /// <summary>The answer to a free-text question ("what does it say about remittances").</summary>
    public Answer Ask(string question)
    {
        using var span = Tracing.Source.StartActivity("answer ask");
        var query = Parser.Parse(question);
        var (answer, evidence) = Assess(query);
        return evidence is null ? answer : Gate(query, answer, evidence);
    }

    /// <summary>
    /// What the decline gate would weigh for <paramref name="question"/>: null when it is not asked
    /// (nothing to look up, a reference or lexicon-only question, or no semantic layer or model yet).
    /// </summary>
    internal GateEvidence? Evidence(string question) => Assess(Parser.Parse(question)).Evidence;

    private (Answer Answer, GateEvidence? Evidence) Assess(ParsedQuery query)
    {
        var vector = query.IsEmpty || _semantic is null || DeclineGate.AlwaysOnTopic(_resources, query) ? null : _semantic.Encode(query.Question);
        if (vector is null)
        {
            return (Compose(query, AnswerLimits.Ask), null);
        }

        var profile = SimilarityProfile.Of(vector, _semantic!.Passages);
        var similarity = _objectivePassages.ToDictionary(o => o.Key, o => profile.MaxOf(o.Value));
        var answer = Compose(query, AnswerLimits.Ask, similarity);
        return (answer, GateEvidence.Of(answer, query, _resources.Index, profile, _rowById, BackgroundLead.Of(vector, _semantic.Anchors)));
    }

    /// <summary>Where a topic appears in the Progress Declaration and in Kenya's position.</summary>
    public Answer Where(string topic)
    {
        using var span = Tracing.Source.StartActivity("answer where");
        return Compose(Parser.Parse(topic), AnswerLimits.Where);
    }

    /// <summary>The crosswalk's cross-references for objective <paramref name="objective"/> (1 to 23).</summary>
    public CrossReferences For(int objective) => _crossReferenceCache.GetOrAdd(objective, _crossReferences.For);

    private Answer Compose(ParsedQuery query, AnswerLimits limits, IReadOnlyDictionary<int, float>? similarity = null)
    {
        var answer = new AnswerComposer(_resources, query, limits, similarity).Compose();
        return IsReferenceOnly(query) ? WithCrossReferences(answer, query) : answer;
    }

    // With the semantic layer on and its model loaded, the decline gate may replace the answer; while
    // the model loads (or with Answers:Semantic off) the lexical answer stands as it is.
    private Answer Gate(ParsedQuery query, Answer answer, GateEvidence evidence)
    {
        var verdict = DeclineGate.Judge(answer, evidence);
        return verdict switch
        {
            GateVerdict.Answered => answer,
            GateVerdict.Weak => new Answer(query, [], [], [], [], [], answer.IsNotFound && answer.ClosestObjectives.Count > 0
                ? answer.ClosestObjectives
                : AnswerComposer.Titles(_resources, answer.RankedObjectives.Take(3))) { Verdict = verdict },
            _ => new Answer(query, [], [], [], [], [], []) { Verdict = verdict },
        };
    }

    private static bool IsReferenceOnly(ParsedQuery query) =>
        query.Objectives.Count > 0 && query.Words.Count == 0 && query.Topics.Count == 0;

    // "objective 13" alone: the objective's cross-references stand in for the search results.
    private Answer WithCrossReferences(Answer answer, ParsedQuery query)
    {
        var scope = SourceScope.For(query.Sources, AnswerLimits.Ask);
        var references = For(query.Objectives[0].Number);
        return answer with
        {
            ProgressDeclaration = answer.ProgressDeclaration.Count > 0 || !scope.ProgressDeclaration
                ? answer.ProgressDeclaration
                : [.. references.ProgressDeclaration.Select(r => r.Quote)],
            Kenya = answer.Kenya.Count > 0 || !scope.Kenya
                ? answer.Kenya
                : [.. references.Kenya.Select(k => new KenyaSectionAnswer(k.Numeral, k.Title, k.Items))],
        };
    }
}
