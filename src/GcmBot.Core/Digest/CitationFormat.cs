using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Digest;

/// <summary>Passage ids and citation labels of numbered paragraphs, as every feature spells them.</summary>
public static class CitationFormat
{
    private static readonly Dictionary<string, (string Prefix, string Label)> Documents = new(StringComparer.Ordinal)
    {
        [DocumentIds.ProgressDeclaration] = ("pd", "Progress Declaration"),
        [DocumentIds.ZeroDraft] = ("zd", "Zero Draft"),
        [DocumentIds.DelegationReport] = ("report", "Delegation report"),
        [DocumentIds.NewYorkDeclaration] = ("nyd", "New York Declaration"),
        [DocumentIds.SecretaryGeneralReport] = ("sg", "Secretary-General's report A/72/643"),
    };

    public static bool Supports(string documentId) => Documents.ContainsKey(documentId);

    /// <summary>"zd/44/c" for Zero Draft paragraph 44, item c.</summary>
    public static string PassageId(PassageReference reference)
    {
        var prefix = Documents[reference.Document].Prefix;
        return reference.Item is null
            ? $"{prefix}/{reference.Paragraph}"
            : $"{prefix}/{reference.Paragraph}/{reference.Item}";
    }

    /// <summary>"Zero Draft ¶44(c)".</summary>
    public static string Label(PassageReference reference)
    {
        var label = Documents[reference.Document].Label;
        return reference.Item is null
            ? $"{label} ¶{reference.Paragraph}"
            : $"{label} ¶{reference.Paragraph}({reference.Item})";
    }
}
