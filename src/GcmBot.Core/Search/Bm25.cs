namespace GcmBot.Core.Search;

/// <summary>
/// FTS5's bm25 ranking formula (fts5_aux.c), computed in managed code from the index's term
/// statistics: for each phrase, IDF = ln((N − n + 0.5) / (n + 0.5)) (1e-6 when not positive),
/// times f·(k1 + 1) / (f + k1·(1 − b + b·D/avgD)), where f is the phrase's column-weighted count in
/// the row and D the row's token count over all columns. SQLite finds the matching rows; scoring
/// them here avoids one bm25() call per row, which measured 3 to 7 times the cost of the match
/// itself. Bm25Tests checks the result against FTS5's own bm25().
/// </summary>
internal static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    public static double Idf(int rows, int rowsWithPhrase)
    {
        var idf = Math.Log((rows - rowsWithPhrase + 0.5) / (rowsWithPhrase + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>
    /// One phrase's share of a row's score (the row's score is the sum over the query's phrases;
    /// higher is better, FTS5 returns its negative).
    /// </summary>
    public static double Term(double idf, double weightedFrequency, int rowTokens, double averageTokens) =>
        weightedFrequency == 0
            ? 0
            : idf * (weightedFrequency * (K1 + 1)) / (weightedFrequency + (K1 * (1 - B + (B * rowTokens / averageTokens))));
}
