using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Answers.Query;

/// <summary>Which documents an answer may quote, from the question's document names and the command.</summary>
internal sealed record SourceScope(bool Objectives, bool ProgressDeclaration, bool Kenya, IReadOnlySet<string> SecondaryDocuments)
{
    private static readonly Dictionary<Source, string> SecondaryIds = new()
    {
        [Source.ZeroDraft] = DocumentIds.ZeroDraft,
        [Source.DelegationReport] = DocumentIds.DelegationReport,
        [Source.SecretaryGeneralReport] = DocumentIds.SecretaryGeneralReport,
        [Source.NewYorkDeclaration] = DocumentIds.NewYorkDeclaration,
        [Source.Icmpd] = DocumentIds.Icmpd,
    };

    /// <summary>True when the question named one or more secondary documents.</summary>
    public bool SecondaryNamed { get; private init; }

    public static SourceScope For(IReadOnlySet<Source> named, AnswerLimits limits)
    {
        var all = named.Count == 0;
        var secondary = all
            ? SecondaryIds.Values.Append(DocumentIds.InvitationLetter).ToHashSet()
            : named.Where(SecondaryIds.ContainsKey).Select(s => SecondaryIds[s]).ToHashSet();
        return new SourceScope(
            limits.ShowObjectives && (all || named.Contains(Source.Objectives)),
            all || named.Contains(Source.ProgressDeclaration),
            all || named.Contains(Source.Kenya),
            limits.Secondary > 0 ? secondary : new HashSet<string>())
        {
            SecondaryNamed = !all && limits.Secondary > 0 && secondary.Count > 0,
        };
    }
}
