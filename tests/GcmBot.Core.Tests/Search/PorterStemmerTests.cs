using GcmBot.Core.Search;
using Microsoft.Data.Sqlite;

namespace GcmBot.Core.Tests.Search;

public sealed class PorterStemmerTests
{
    private static readonly string[] Vocabulary =
    [
        "detention", "detained", "detain", "locking", "locked", "remittances", "remittance", "drowning",
        "drowned", "smuggling", "smugglers", "trafficking", "traffickers", "recognition", "recognised",
        "qualifications", "xenophobia", "discrimination", "discriminatory", "consular", "reintegration",
        "returning", "returns", "portability", "pensions", "cohesion", "inclusion", "integration",
        "vulnerabilities", "vulnerable", "relational", "conditional", "rational", "valenci", "hesitanci",
        "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization",
        "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti",
        "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical",
        "hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable",
        "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou",
        "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate",
        "cease", "controll", "roll", "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed",
        "plastered", "bled", "motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned",
        "falling", "hissing", "fizzed", "failing", "filing", "happy", "sky", "generalizations", "oscillators",
    ];

    [Fact]
    public void Stem_EveryWord_MatchesFts5PorterTokenizer()
    {
        var expected = Fts5Stems(Vocabulary);

        var mismatches = Vocabulary
            .Where(w => PorterStemmer.Stem(w) != expected[w])
            .Select(w => $"{w}: ours {PorterStemmer.Stem(w)}, FTS5 {expected[w]}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("is", "is")]
    [InlineData("2030", "2030")]
    [InlineData("naïve", "naïve")]
    public void Stem_ShortOrNonAsciiWord_IsKept(string word, string expected) =>
        Assert.Equal(expected, PorterStemmer.Stem(word));

    // Indexes each word alone and reads back the term FTS5 stored for it.
    private static Dictionary<string, string> Fts5Stems(IEnumerable<string> words)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "CREATE VIRTUAL TABLE t USING fts5(w, tokenize = 'porter unicode61');" +
            "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');";
        command.ExecuteNonQuery();
        var result = new Dictionary<string, string>();
        foreach (var word in words.Distinct())
        {
            command.CommandText = "DELETE FROM t; INSERT INTO t (w) VALUES ($w); SELECT term FROM v;";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$w", word);
            result[word] = (string)command.ExecuteScalar()!;
        }

        return result;
    }
}
