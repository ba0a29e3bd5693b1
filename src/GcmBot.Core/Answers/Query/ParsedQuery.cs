namespace GcmBot.Core.Answers.Query;

/// <summary>
/// What the parser understood of a question. <see cref="Topic"/> is the question without its
/// framing, references and document names ("remittances"), for display; <see cref="Words"/> are its
/// searchable words; <see cref="Topics"/> the lexicon phrases it contains.
/// </summary>
public sealed record ParsedQuery(
    string Question,
    string Topic,
    IReadOnlyList<string> Words,
    IReadOnlyList<LexiconMatch> Topics,
    IReadOnlyList<ObjectiveReference> Objectives,
    IReadOnlyList<int> PdParagraphs,
    IReadOnlyList<string> KenyaSections,
    IReadOnlySet<Source> Sources)
{
    public bool HasReferences => Objectives.Count > 0 || PdParagraphs.Count > 0 || KenyaSections.Count > 0;

    /// <summary>True when there is nothing to look up: no reference and no searchable word.</summary>
    public bool IsEmpty => !HasReferences && Words.Count == 0 && Topics.Count == 0;
}

/// <summary>"objective 13" (Letter null) or "13(h)".</summary>
public sealed record ObjectiveReference(int Number, string? Letter = null);

/// <summary>The documents a question can be narrowed to ("what did Kenya say…", "…in the Progress Declaration").</summary>
public enum Source
{
    Objectives,
    ProgressDeclaration,
    Kenya,
    ZeroDraft,
    DelegationReport,
    SecretaryGeneralReport,
    NewYorkDeclaration,
    Icmpd,
}
