using System.Collections.Concurrent;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GcmBot.Core.Search;

/// <summary>
/// Full-text index over every passage: Lucene.Net in memory, fields text, context and keywords
/// (<see cref="IndexFields"/>), analysed by <see cref="Analysis.CorpusAnalyzer.Index"/> and scored
/// with BM25 and per-field weights (<see cref="IndexWeights"/>), scaled by how much of the query each
/// passage covers. Built once at start; one reader and one searcher serve every thread (both are
/// thread-safe for searching, so no pool and no waiting).
/// </summary>
public sealed partial class PassageIndex : IDisposable
{
    /// <summary>The share of a passage's score it keeps when it covers none of the weighted terms.</summary>
    public const double CoverageFloor = 0.1;

    /// <summary>
    /// A term used by more than this share of passages does not select passages on its own (it is
    /// still scored): alone it would bring in most of the corpus.
    /// </summary>
    public const double CommonTermShare = 0.12;

    // Each phrase's matches are kept once computed (a chat's questions share most of their words),
    // up to this many phrases; past it, new phrases are computed every time.
    private const int MaxCachedPhrases = 4_096;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<Passage> _passages;
    private readonly Dictionary<string, int> _rowById;
    private readonly IndexWeights _weights;
    private readonly ConcurrentDictionary<string, Postings> _postings = new(StringComparer.Ordinal);
    private readonly Analysis.PassageTokens?[] _textTokens;

    private PassageIndex(Lucene.Net.Store.Directory directory, IReadOnlyList<Passage> passages, IndexWeights weights)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _passages = passages;
        _textTokens = new Analysis.PassageTokens?[passages.Count];
        _weights = weights;
        _rowById = new Dictionary<string, int>(passages.Count, StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            _rowById[passages[i].Id] = i;
        }
    }

    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>
    /// Indexes <paramref name="passages"/>. <paramref name="keywords"/> supplies extra index-only text
    /// per passage (never shown), e.g. the objective's short name on each of its actions.
    /// </summary>
    public static PassageIndex Build(
        IReadOnlyList<Passage> passages,
        Func<Passage, string>? keywords = null,
        IndexWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return new PassageIndex(IndexFields.Write(passages, keywords ?? (_ => string.Empty)), passages, weights ?? IndexWeights.Default);
    }

    /// <summary>
    /// How many passages contain <paramref name="phrase"/> (folded words) in any field, as the index
    /// analyses it: 0 for a word the corpus never uses, or a stop word.
    /// </summary>
    public int DocumentFrequency(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return PostingsOf(phrase).Docs.Length;
    }

    /// <summary>
    /// The positions (in <see cref="Passages"/>) of the passages that contain <paramref name="phrase"/>
    /// (folded words) in any field, in index order: empty for a word the corpus never uses.
    /// </summary>
    public IReadOnlyList<int> PassagesWith(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return PostingsOf(phrase).Docs;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    // The passages matching one phrase in any field, with their weighted BM25 scores, in index order:
    // the phrase is analysed and its query run once, then kept (see MaxCachedPhrases).
    private Postings PostingsOf(string phrase)
    {
        if (_postings.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var term = QueryTerm.Of(phrase);
        var postings = term.IsEmpty ? Postings.None : Run(term);
        if (_postings.Count < MaxCachedPhrases)
        {
            _postings.TryAdd(phrase, postings);
        }

        return postings;
    }

    private Postings Run(QueryTerm term)
    {
        var weight = _searcher.CreateNormalizedWeight(term.ToQuery(_weights));
        var docs = new List<int>();
        var scores = new List<float>();
        foreach (var leaf in _reader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                docs.Add(leaf.DocBase + doc);
                scores.Add(scorer.GetScore());
            }
        }

        return new Postings([.. docs], [.. scores], term);
    }

    // The phrase as analysed is kept with its matches, for highlighting them.
    private sealed record Postings(int[] Docs, float[] Scores, QueryTerm Term)
    {
        private TextRange[]?[]? _textRuns;
        private DocSet? _docSet;

        public static Postings None { get; } = new([], [], new QueryTerm([]));

        /// <summary>
        /// Parallel to <see cref="Docs"/>: the phrase's runs in each passage's text, once highlighted
        /// there (null until then). Made on the first highlight; a benign race may make it twice.
        /// </summary>
        public TextRange[]?[] TextRuns => _textRuns ??= new TextRange[]?[Docs.Length];

        /// <summary>The index of passage <paramref name="row"/> in <see cref="Docs"/>; -1 when the phrase does not match it. Made on the first highlight.</summary>
        public int IndexOf(int row) => (_docSet ??= DocSet.Of(Docs)).IndexOf(row);
    }
}
