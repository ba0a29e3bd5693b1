using GcmBot.Core.Corpus.Model;
using Microsoft.Data.Sqlite;

namespace GcmBot.Core.Search;

/// <summary>Creates and fills the FTS5 table that every index session copies.</summary>
internal static class IndexSchema
{
    public static SqliteConnection OpenMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        return connection;
    }

    public static SqliteConnection CreateTemplate(IReadOnlyList<Passage> passages, Func<Passage, string> keywords)
    {
        var connection = OpenMemory();
        using (var create = connection.CreateCommand())
        {
            // porter stems English ("detained" finds "detention"'s stem family); unicode61 folds case
            // and diacritics. detail=full keeps positions for phrases ("search and rescue") and highlight().
            create.CommandText =
                "CREATE VIRTUAL TABLE passages USING fts5(text, context, keywords, " +
                "tokenize = 'porter unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO passages (rowid, text, context, keywords) VALUES ($row, $text, $context, $keywords)";
        var row = insert.Parameters.Add("$row", SqliteType.Integer);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var context = insert.Parameters.Add("$context", SqliteType.Text);
        var extra = insert.Parameters.Add("$keywords", SqliteType.Text);
        insert.Prepare();
        for (var i = 0; i < passages.Count; i++)
        {
            row.Value = i + 1;
            text.Value = passages[i].Text;
            context.Value = passages[i].Context;
            extra.Value = keywords(passages[i]);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        using var optimize = connection.CreateCommand();
        optimize.CommandText = "INSERT INTO passages (passages) VALUES ('optimize')";
        optimize.ExecuteNonQuery();
        return connection;
    }
}
