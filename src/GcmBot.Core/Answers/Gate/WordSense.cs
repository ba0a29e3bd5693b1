using GcmBot.Core.Search;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// Whether the question uses its corpus words in the corpus's sense: the mean cosine of the question to
/// every passage that contains its rarest word the corpus knows (the word that most decides what the
/// lexical answer finds). "remittance advice template for supplier invoices" shares "remittance" with
/// the documents, but is far from every passage that uses it; a paraphrase about money sent home is close
/// to them. Vector arithmetic over the stored passage vectors: no extra encoding.
/// </summary>
internal static class WordSense
{
    /// <summary>
    /// The mean over the passages that use the question's rarest known word; the mean of the ten
    /// nearest passages (no evidence either way) when it knows none, or only words too common to tell
    /// (used by more than <see cref="PassageIndex.CommonTermShare"/> of the passages).
    /// </summary>
    public static double Mean(IReadOnlyList<string> words, PassageIndex index, SimilarityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(profile);
        var rarest = words.Distinct(StringComparer.Ordinal)
            .Select(index.PassagesWith)
            .Where(rows => rows.Count > 0)
            .MinBy(rows => rows.Count);
        if (rarest is null || rarest.Count > index.Passages.Count * PassageIndex.CommonTermShare)
        {
            return profile.TopMean;
        }

        return rarest.Average(row => (double)profile[row]);
    }
}
