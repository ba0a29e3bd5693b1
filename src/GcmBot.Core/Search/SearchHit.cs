using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Search;

/// <summary>
/// A passage that matched, with its relevance (higher is better, always &gt; 0) and the share of
/// the query's weighted terms it contains (0 to 1).
/// </summary>
public sealed record SearchHit(Passage Passage, double Score, double Coverage);
