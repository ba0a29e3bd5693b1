using GcmBot.Core.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GcmBot.Core.Search;

/// <summary>The term dictionary and the passages' written words, for typo correction.</summary>
public sealed partial class PassageIndex
{
    // The text field's terms within maxEdits of the stem, used by enough passages.
    private List<(BytesRef Term, int Passages)> NearStems(Term stem, int maxEdits)
    {
        var near = new List<(BytesRef, int)>();
        if (MultiFields.GetTerms(_reader, IndexFields.Text) is { } terms)
        {
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), stem, maxEdits, TypoPrefix, transpositions: true);
            while (fuzzy.MoveNext())
            {
                if (fuzzy.DocFreq >= MinCorrectionPassages)
                {
                    near.Add((BytesRef.DeepCopyOf(fuzzy.Term), fuzzy.DocFreq));
                }
            }
        }

        return near;
    }

    // A listed word, or the plural of one ("diplomas" is not listed, "diploma" is).
    private static bool IsEnglish(string word) =>
        EnglishWords.Contains(word) || (word.EndsWith('s') && EnglishWords.Contains(word[..^1]));

    // Whether a passage writes the word itself: its stem may be in the index through another word
    // ("remitances" has the stem of "remit"). A stem used by very many passages counts as written.
    private bool IsWritten(string word, string stem)
    {
        var passages = DocumentFrequency(word);
        return passages > WrittenPassages || (passages > 0 && SurfacesOf(new BytesRef(stem), WrittenPassages).Contains(word));
    }

    // How the first passages that use a stem write it, folded.
    private HashSet<string> SurfacesOf(BytesRef term, int passages = SurfacePassages)
    {
        var stem = term.Utf8ToString();
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        var docs = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), IndexFields.Text, term);
        for (var n = 0; docs is not null && n < passages && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; n++)
        {
            var text = _passages[docs.DocID].Text;
            foreach (var token in (IEnumerable<Token>?)_textTokens[docs.DocID]?.Tokens ?? Tokens.Of(CorpusAnalyzer.Index, text))
            {
                if (token.Term == stem && Words.Split(text[token.Start..token.End]) is [var word])
                {
                    surfaces.Add(word.Text);
                }
            }
        }

        return surfaces;
    }
}
