using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// What the decline gate weighs about one free-text question.
/// <list type="bullet">
/// <item><see cref="TopMean"/>: the mean cosine of the ten passages closest to the question (is it near
/// the corpus at all, and near more than one stray passage?).</item>
/// <item><see cref="QuotedMean"/>: the mean cosine of the passages the lexical answer would quote (are
/// the words it matched used in the same sense?). "return policy for online orders" matches the
/// return of migrants by its words, but those passages are far from it in meaning.</item>
/// <item><see cref="SenseMean"/>: the mean cosine of every passage that uses the question's rarest
/// corpus word (<see cref="WordSense"/>): is that word used in the documents' sense?</item>
/// <item><see cref="Lead"/>: how much closer the question is to everyday sentences than to the documents' topics in
/// everyday words (<see cref="BackgroundLead"/>): is it an ordinary question that happens to use a corpus word?</item>
/// <item><see cref="Found"/>: the lexical answer has something to quote; <see cref="Best"/>, the highest
/// cosine to any passage, decides whether a question with nothing to quote is close but weak.</item>
/// </list>
/// </summary>
public sealed record GateEvidence(double TopMean, double QuotedMean, double SenseMean, double Lead, bool Found, double Best)
{
    internal static GateEvidence Of(
        Answer lexical, ParsedQuery query, PassageIndex index, SimilarityProfile profile, IReadOnlyDictionary<string, int> rowById, double lead)
    {
        var quoted = lexical.AllQuotes.Select(q => (double)profile[rowById[q.Passage.Id]]).DefaultIfEmpty(0).Average();
        var sense = WordSense.Mean(query.Words, index, profile);
        return new GateEvidence(profile.TopMean, quoted, sense, lead, !lexical.IsNotFound, profile.Best);
    }
}
