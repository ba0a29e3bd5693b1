using GcmBot.Core.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GcmBot.Core.Search;

/// <summary>
/// One phrase of a query as the index analyses it: its stems with their positions (a stop word
/// leaves a gap, so "search and rescue" is "search" at 0 and "rescu" at 2).
/// </summary>
internal sealed record QueryTerm(IReadOnlyList<Token> Tokens)
{
    public static QueryTerm Of(string phrase) => new(Analysis.Tokens.Of(CorpusAnalyzer.Index, phrase));

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>The phrase in any field, each field's match boosted by its weight.</summary>
    public Query ToQuery(IndexWeights weights)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var field in IndexFields.All)
        {
            var clause = InField(field);
            clause.Boost = (float)weights[field];
            query.Add(clause, Occur.SHOULD);
        }

        return query;
    }

    private Query InField(string field)
    {
        if (Tokens.Count == 1)
        {
            return new TermQuery(new Term(field, Tokens[0].Term));
        }

        var phrase = new PhraseQuery();
        var first = Tokens[0].Position;
        foreach (var token in Tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }

        return phrase;
    }
}
