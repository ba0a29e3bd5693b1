using Microsoft.Data.Sqlite;

namespace GcmBot.Tests.Digest;

/// <summary>
/// Damaged digest database files, made the ways the issue-14 probe made them: not a database at all,
/// a folder in its place, a damaged header, a cut-off file, and damaged pages inside a file that opens.
/// </summary>
internal static class BrokenDatabases
{
    public static readonly string[] Kinds = ["random-bytes", "text-file", "directory", "corrupted-header", "truncated", "corrupted-pages"];

    public static void Make(string kind, string path)
    {
        switch (kind)
        {
            case "random-bytes":
                var noise = new byte[64 * 1024];
                new Random(14).NextBytes(noise);
                File.WriteAllBytes(path, noise);
                break;
            case "text-file":
                File.WriteAllText(path, string.Concat(Enumerable.Repeat("subscriptions: none, this is not SQLite\n", 200)));
                break;
            case "directory":
                Directory.CreateDirectory(path);
                break;
            case "corrupted-header":
                Damage(path, offset: 0, length: 16);
                break;
            case "truncated":
                MakeValid(path);
                using (var file = new FileStream(path, FileMode.Open))
                {
                    file.SetLength((file.Length / 2) + 100);
                }

                break;
            case "corrupted-pages":
                // Page 1 (header and schema) intact, so the file opens; pages in the middle of the filler table damaged.
                MakeValid(path);
                Damage(path, offset: new FileInfo(path).Length / 2, length: 8192);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>A real SQLite file of many pages (rollback journal, so every page is in the file itself).</summary>
    private static void MakeValid(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                "CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL);" +
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) " +
                "INSERT INTO filler (text) SELECT printf('row %d of the filler table, long enough to fill pages', i) FROM n;" +
                "CREATE INDEX filler_text ON filler (text);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    private static void Damage(string path, long offset, int length)
    {
        if (!File.Exists(path))
        {
            MakeValid(path);
        }

        using var file = new FileStream(path, FileMode.Open);
        file.Position = offset;
        var garbage = new byte[length];
        new Random(1414).NextBytes(garbage);
        file.Write(garbage);
    }
}
