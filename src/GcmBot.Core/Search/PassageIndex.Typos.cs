using System.Collections.Concurrent;
using GcmBot.Core.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace GcmBot.Core.Search;

/// <summary>
/// Typo tolerance over the index's term dictionary: a word that is neither written in the passages
/// nor a common English word (<see cref="EnglishWords"/>) is corrected to the passages' word nearest
/// by edit distance: Lucene's <see cref="FuzzyTermsEnum"/> (a Levenshtein automaton run over the
/// terms) finds the stems within reach, and the written word must itself be within reach of the typo.
/// </summary>
public sealed partial class PassageIndex
{
    /// <summary>Shorter words are never corrected: too many real words lie one edit apart.</summary>
    public const int MinTypoLength = 5;

    /// <summary>From this length a word may be two edits away; shorter ones one.</summary>
    public const int TwoEditsLength = 8;

    /// <summary>The first characters are taken as typed (typos there are rare, and the search is faster).</summary>
    public const int TypoPrefix = 1;

    /// <summary>A candidate must be used by at least this many passages: one stray word is no correction.</summary>
    public const int MinCorrectionPassages = 2;

    private const int MaxCachedCorrections = 4_096;

    // Passages read for a stem's written forms: enough to see its usual endings.
    private const int SurfacePassages = 20;

    // Passages read to tell whether a question's word is written in the corpus.
    private const int WrittenPassages = 200;
    private readonly ConcurrentDictionary<string, string> _corrections = new(StringComparer.Ordinal);

    /// <summary>
    /// The corpus's spelling of <paramref name="word"/> (folded) when the index does not know the word
    /// but knows one a typo away, as written in a passage; null for a word the index knows (in either
    /// British or American spelling), a stop word, a short word, or one with no near term.
    /// </summary>
    public string? Correction(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinTypoLength)
        {
            return null;
        }

        if (_corrections.TryGetValue(word, out var known))
        {
            return known.Length == 0 ? null : known;
        }

        var correction = Correct(word) ?? string.Empty;
        if (_corrections.Count < MaxCachedCorrections)
        {
            _corrections.TryAdd(word, correction);
        }

        return correction.Length == 0 ? null : correction;
    }

    private string? Correct(string word)
    {
        if (Tokens.Of(CorpusAnalyzer.Index, word) is not [var token] || IsEnglish(word) || IsWritten(word, token.Term)
            || Spelling.Variants(word).Any(v => DocumentFrequency(v) > 0))
        {
            return null;
        }

        // Stems within reach in the term dictionary, then how the passages write each: the word must be
        // a typo of the written word, not only of its stem ("locking" is one edit from the stem of "lack").
        var maxEdits = word.Length >= TwoEditsLength ? 2 : 1;
        var levenshtein = new LevenshteinAutomata(word, withTranspositions: true);
        var reach = Enumerable.Range(1, maxEdits).Select(levenshtein.ToAutomaton).ToList();
        string? best = null;
        var (bestEdits, bestPassages) = (int.MaxValue, 0);
        foreach (var (stem, passages) in NearStems(new Term(IndexFields.Text, token.Term), maxEdits))
        {
            foreach (var surface in SurfacesOf(stem))
            {
                var edits = reach.FindIndex(a => BasicOperations.Run(a, surface)) + 1;
                if (edits > 0 && (edits < bestEdits || (edits == bestEdits && passages > bestPassages)))
                {
                    (best, bestEdits, bestPassages) = (surface, edits, passages);
                }
            }
        }

        return best;
    }
}
