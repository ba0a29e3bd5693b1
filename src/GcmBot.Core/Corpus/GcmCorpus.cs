using GcmBot.Core.Corpus.Errata;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus;

/// <summary>The whole corpus, parsed and immutable: typed documents plus every citable passage.</summary>
public sealed class GcmCorpus
{
    private readonly Dictionary<string, Passage> _byId;

    public GcmCorpus(
        CorpusManifest manifest,
        ErrataBook errata,
        IReadOnlyList<Objective> objectives,
        ProgressDeclaration progressDeclaration,
        ZeroDraft zeroDraft,
        KenyaPosition kenyaPosition,
        IReadOnlyList<SectionedDocument> secondaryDocuments,
        IReadOnlyList<Passage> passages)
    {
        Manifest = manifest;
        Errata = errata;
        Objectives = objectives;
        ProgressDeclaration = progressDeclaration;
        ZeroDraft = zeroDraft;
        KenyaPosition = kenyaPosition;
        SecondaryDocuments = secondaryDocuments;
        Passages = passages;
        _byId = passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public CorpusManifest Manifest { get; }

    /// <summary>The errata applied while parsing, for "about" and the README.</summary>
    public ErrataBook Errata { get; }

    /// <summary>Objectives 1 to 23, in order (index = number - 1).</summary>
    public IReadOnlyList<Objective> Objectives { get; }

    public ProgressDeclaration ProgressDeclaration { get; }

    public ZeroDraft ZeroDraft { get; }

    public KenyaPosition KenyaPosition { get; }

    /// <summary>Delegation report, New York Declaration, Secretary-General's report, ICMPD input.</summary>
    public IReadOnlyList<SectionedDocument> SecondaryDocuments { get; }

    /// <summary>Every citable passage of every document, in document order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    public Objective? Objective(int number) =>
        number >= 1 && number <= Objectives.Count ? Objectives[number - 1] : null;

    public Passage? Passage(string id) => _byId.GetValueOrDefault(id);
}
