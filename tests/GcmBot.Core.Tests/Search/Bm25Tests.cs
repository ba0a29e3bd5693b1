using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Replies;
using GcmBot.Core.Search;
using GcmBot.Core.Tests.Answers;
using Microsoft.Data.Sqlite;

namespace GcmBot.Core.Tests.Search;

/// <summary>
/// The managed bm25 and highlights must be FTS5's own: compared with bm25() and highlight() of an
/// FTS5 table holding the same passages, for several kinds of query.
/// </summary>
public sealed class Bm25Tests
{
    private static readonly string[] Queries =
    [
        "\"remittances\"",
        "\"detention\" OR \"alternatives to detention\" OR \"children\"",
        "\"search and rescue\" OR \"missing migrants\" OR \"lives\"",
        "\"international cooperation\" OR \"partnerships\" OR \"funding\"",
        "\"covid 19\" OR \"vaccines\"",
    ];

    [Fact]
    public void Score_EveryMatchingRow_EqualsFts5Bm25WithTheSameColumnWeights()
    {
        var passages = AnswersTestCorpus.Corpus.Passages;
        var weights = IndexWeights.Default;
        var terms = new PassageTerms(passages, Keywords);
        using var fts = Fts5Copy(passages);
        foreach (var expression in Queries)
        {
            var prepared = terms.Prepare(Query(expression));
            using var command = fts.CreateCommand();
            command.CommandText = "SELECT rowid, bm25(p, $t, $c, $k) FROM p WHERE p MATCH $m";
            command.Parameters.AddWithValue("$t", weights.Text);
            command.Parameters.AddWithValue("$c", weights.Context);
            command.Parameters.AddWithValue("$k", weights.Keywords);
            command.Parameters.AddWithValue("$m", expression);
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                Assert.Equal(-reader.GetDouble(1), terms.Score((int)reader.GetInt64(0) - 1, prepared, weights), 9);
            }

            Assert.True(rows > 0, expression);
        }
    }

    [Fact]
    public void Highlights_EveryMatchingRow_EqualFts5Highlight()
    {
        var passages = AnswersTestCorpus.Corpus.Passages;
        var terms = new PassageTerms(passages, Keywords);
        using var fts = Fts5Copy(passages);
        foreach (var expression in Queries)
        {
            var prepared = terms.Prepare(Query(expression));
            using var command = fts.CreateCommand();
            command.CommandText = "SELECT rowid, highlight(p, 0, char(1), char(2)) FROM p WHERE p MATCH $m";
            command.Parameters.AddWithValue("$m", expression);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = (int)reader.GetInt64(0) - 1;
                Assert.Equal(Marked(reader.GetString(1)), terms.Highlights(row, prepared));
            }
        }
    }

    private static string Keywords(Passage passage) => passage.Objective is { } n ? $"objective short name {n}" : "";

    private static FtsQuery Query(string expression)
    {
        var query = new FtsQuery();
        foreach (var phrase in expression.Split(" OR "))
        {
            query.AddPhrase(phrase.Trim('"'));
        }

        return query;
    }

    // Ranges from FTS5's marked text; the marks are the only characters added.
    private static List<TextRange> Marked(string marked)
    {
        var ranges = new List<TextRange>();
        var position = 0;
        var open = 0;
        foreach (var c in marked)
        {
            if (c == '\u0001')
            {
                open = position;
            }
            else if (c == '\u0002')
            {
                ranges.Add(new TextRange(open, position - open));
            }
            else
            {
                position++;
            }
        }

        return ranges;
    }

    private static SqliteConnection Fts5Copy(IReadOnlyList<Passage> passages)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE VIRTUAL TABLE p USING fts5(text, context, keywords, tokenize = 'porter unicode61 remove_diacritics 2')";
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO p (rowid, text, context, keywords) VALUES ($r, $t, $c, $k)";
        var (r, t, c, k) = (command.Parameters.Add("$r", SqliteType.Integer), command.Parameters.Add("$t", SqliteType.Text), command.Parameters.Add("$c", SqliteType.Text), command.Parameters.Add("$k", SqliteType.Text));
        using var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        for (var i = 0; i < passages.Count; i++)
        {
            (r.Value, t.Value, c.Value, k.Value) = (i + 1, passages[i].Text, passages[i].Context, Keywords(passages[i]));
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return connection;
    }
}
