using GcmBot.Digest.Sqlite;
using Microsoft.Data.Sqlite;

namespace GcmBot.Tests.Digest;

public sealed class DigestDatabaseTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("digest-db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task MigrateAsync_NoFile_CreatesFolderFileAndCurrentSchema()
    {
        var path = Path.Combine(_directory, "nested", "data", "gcmbot.db");

        var version = await new SqliteDigestDatabase(path).MigrateAsync(CancellationToken.None);

        Assert.True(File.Exists(path));
        Assert.Equal(SqliteMigrations.Scripts.Count, version);
        Assert.Equal([1L], await VersionsAsync(path));
        Assert.Equal(["schema_version", "sends", "subscriptions"], await TablesAsync(path));
    }

    [Fact]
    public async Task MigrateAsync_SecondStartOnSameFile_AppliesNothingAgain()
    {
        var path = Path.Combine(_directory, "gcmbot.db");
        await new SqliteDigestDatabase(path).MigrateAsync(CancellationToken.None);

        await new SqliteDigestDatabase(path).MigrateAsync(CancellationToken.None);

        Assert.Equal([1L], await VersionsAsync(path));
    }

    [Fact]
    public async Task MigrateAsync_FileFromANewerBuild_RefusesNamingTheSetting()
    {
        var path = Path.Combine(_directory, "gcmbot.db");
        await new SqliteDigestDatabase(path).MigrateAsync(CancellationToken.None);
        await ExecuteAsync(path, "INSERT INTO schema_version (version) VALUES (99);");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteDigestDatabase(path).MigrateAsync(CancellationToken.None));

        Assert.Contains("Digest:DatabasePath", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<long>> VersionsAsync(string path) => await QueryAsync(path, "SELECT version FROM schema_version ORDER BY version;", r => r.GetInt64(0));

    private static async Task<List<string>> TablesAsync(string path) =>
        await QueryAsync(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;", r => r.GetString(0));

    private static async Task<List<T>> QueryAsync<T>(string path, string sql, Func<SqliteDataReader, T> read)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
