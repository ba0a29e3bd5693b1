using System.Globalization;
using Lucene.Net.Analysis.Util;

namespace GcmBot.Core.Search.Analysis;

/// <summary>
/// Splits text into runs of letters and digits (by code point, as SQLite's unicode61 did: letters,
/// numbers including "²", private-use characters; an emoji is a symbol). Everything else separates
/// words, so quotes, operators and brackets in user text are never anything but gaps. The one
/// tokenizer of GcmBot: the index, the queries and the query parser's <see cref="Words"/> start here.
/// </summary>
internal sealed class WordTokenizer(TextReader input) : CharTokenizer(CorpusAnalyzer.Version, input)
{
    protected override bool IsTokenChar(int c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.PrivateUse => true,
            _ => false,
        };
}
