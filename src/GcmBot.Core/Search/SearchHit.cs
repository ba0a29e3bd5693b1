using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Search;

/// <summary>A passage that matched, with its relevance (bm25 negated: higher is better, always &gt; 0).</summary>
public sealed record SearchHit(Passage Passage, double Score);
