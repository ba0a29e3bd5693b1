using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Digest;

/// <summary>The passage id of a numbered paragraph or lettered item, as the corpus parsers assign them.</summary>
internal static class PassageIds
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        [DocumentIds.ProgressDeclaration] = "pd",
        [DocumentIds.ZeroDraft] = "zd",
        [DocumentIds.DelegationReport] = "report",
        [DocumentIds.NewYorkDeclaration] = "nyd",
        [DocumentIds.SecretaryGeneralReport] = "sg",
    };

    /// <summary>"zd/44/c" for Zero Draft paragraph 44, item c; null for a document without numbered paragraphs.</summary>
    public static string? For(PassageReference reference)
    {
        if (!Prefixes.TryGetValue(reference.Document, out var prefix))
        {
            return null;
        }

        return reference.Item is null
            ? $"{prefix}/{reference.Paragraph}"
            : $"{prefix}/{reference.Paragraph}/{reference.Item}";
    }
}
