using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace GcmBot.Core.Search.Analysis;

/// <summary>
/// The chains the topic lexicon and a question are compared by: <see cref="WordTokenizer"/>, folding,
/// British spellings made American (<see cref="SpellingFilter"/>), Porter stems. With
/// <c>littleWords</c>, those words and words shorter than <c>minLength</c> are dropped first.
/// </summary>
internal static class LexiconAnalyzers
{
    public static Analyzer Stems(CharArraySet? littleWords, int minLength) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(CorpusAnalyzer.Version, tokenizer));
        if (littleWords is not null)
        {
            stream = new LengthFilter(CorpusAnalyzer.Version, new StopFilter(CorpusAnalyzer.Version, stream, littleWords), minLength, int.MaxValue);
        }

        return new TokenStreamComponents(tokenizer, new PorterStemFilter(new SpellingFilter(stream)));
    });

    public static CharArraySet Set(IEnumerable<string> words) => new(CorpusAnalyzer.Version, words.ToList(), ignoreCase: false);
}
