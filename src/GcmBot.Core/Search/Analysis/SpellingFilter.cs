using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GcmBot.Core.Search.Analysis;

/// <summary>
/// Rewrites British endings to American ones (<see cref="Spelling.Normalize"/>) before stemming, so
/// "labour" and "labor" give one stem. Used where two texts are compared by stems (the topic lexicon
/// and a question); the index itself keeps each spelling and the query searches both.
/// </summary>
internal sealed class SpellingFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        var normal = Spelling.Normalize(word);
        if (!ReferenceEquals(word, normal))
        {
            _term.SetEmpty().Append(normal);
        }

        return true;
    }
}
