using System.Globalization;
using GcmBot.Teams;
using GcmBot.Teams.Conversations;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Teams.Conversations;

/// <summary>
/// The store under the load a Teams bot sees: every turn saves its conversation's reference, from
/// several turn lanes at once.
/// </summary>
public sealed class SqliteConversationReferenceStoreTests : IDisposable
{
    private const int Lanes = 4;
    private const int SavesPerLane = 50;

    private readonly TempState _state = new();

    [Fact]
    public async Task SaveAsync_ConcurrentLanes_EverySaveLands()
    {
        using var store = Store();

        await Task.WhenAll(Enumerable.Range(0, Lanes).Select(lane => Task.Run(async () =>
        {
            for (var i = 0; i < SavesPerLane; i++)
            {
                await store.SaveAsync(Reference($"lane{lane}-{i}"), CancellationToken.None);
            }
        })));

        await using var connection = await store.OpenAsync(CancellationToken.None);
        Assert.Equal(Lanes * SavesPerLane, Convert.ToInt32(await ScalarAsync(connection, "SELECT count(*) FROM teams_conversations"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task OpenAsync_Connection_CommitsWithoutWaitingForTheDiskAndWaitsForOtherWriters()
    {
        using var store = Store();

        await using var connection = await store.OpenAsync(CancellationToken.None);

        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous"));
        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task OpenAsync_ConnectionFromThePool_KeepsTheSetupItWasOpenedWith()
    {
        // The pragmas are set once per database handle; the pool hands the same handle out again, still set up.
        using var store = Store();
        SQLitePCL.sqlite3? first;
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            first = connection.Handle;
        }

        await using var again = await store.OpenAsync(CancellationToken.None);

        Assert.Same(first, again.Handle);
        Assert.Equal(1L, await ScalarAsync(again, "PRAGMA synchronous"));
        Assert.Equal(5000L, await ScalarAsync(again, "PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task SaveAsync_FirstUse_PutsTheFileInWriteAheadLogMode()
    {
        using var store = Store();
        await store.SaveAsync(Reference("conversation"), CancellationToken.None);

        await using var connection = new SqliteConnection($"Data Source={_state.StatePath}");
        await connection.OpenAsync();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
    }

    public void Dispose() => _state.Dispose();

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private SqliteConversationReferenceStore Store() =>
        new(Options.Create(new TeamsOptions { StatePath = _state.StatePath }), new HostingEnvironment { ContentRootPath = Path.GetTempPath() });

    private static ConversationReference Reference(string conversationId) =>
        new(conversationId, "http://127.0.0.1:1/teams/", "msteams", "bot-1", "GcmBot", "tenant-1", "personal", TimeProvider.System.GetUtcNow());
}
