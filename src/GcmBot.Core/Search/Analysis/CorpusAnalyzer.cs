using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace GcmBot.Core.Search.Analysis;

/// <summary>
/// GcmBot's analyzer chains, built from Lucene's filters on <see cref="WordTokenizer"/>:
/// <list type="bullet">
/// <item><see cref="Index"/>: lower case, ASCII folding ("Détention" = "detention"), English stop
/// words, Porter stemming ("detained" and "detains" share a stem). Used for every field and query.</item>
/// <item><see cref="Folding"/>: lower case and ASCII folding only, for the query parser's words.</item>
/// <item><see cref="Stemming"/>: as <see cref="Index"/> without stop words, to stem one word.</item>
/// </list>
/// Analyzers are thread-safe (each thread reuses its own token stream).
/// </summary>
internal static class CorpusAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Index { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        TokenStream stream = Fold(tokenizer);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
    });

    public static Analyzer Folding { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, Fold(tokenizer));
    });

    public static Analyzer Stemming { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(Fold(tokenizer)));
    });

    private static TokenStream Fold(TokenStream input) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(Version, input));
}
