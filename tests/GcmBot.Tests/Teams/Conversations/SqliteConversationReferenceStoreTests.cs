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
    public async Task WriteAsync_SeveralSavesInOneTransaction_EachUpsertsAsASaveAloneWould()
    {
        using var store = Store();
        var at = new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);
        var first = Reference("a") with { UpdatedAt = at };
        await store.SaveAsync(first, CancellationToken.None);
        Assert.True(await store.TryMarkWelcomedAsync("a", at, CancellationToken.None));

        // "a" again without tenant or type (kept from the row), "b" new, then "b" with a new service URL (the later wins).
        await store.WriteAsync(
            [
                first with { TenantId = null, ConversationType = null, UpdatedAt = at.AddMinutes(1) },
                Reference("b") with { UpdatedAt = at },
                Reference("b") with { ServiceUrl = "http://127.0.0.1:2/teams/", UpdatedAt = at.AddMinutes(2) },
            ]);

        Assert.Equal(first with { UpdatedAt = at.AddMinutes(1), WelcomedAt = at }, await store.FindAsync("a", CancellationToken.None));
        Assert.Equal(
            Reference("b") with { ServiceUrl = "http://127.0.0.1:2/teams/", UpdatedAt = at.AddMinutes(2) },
            await store.FindAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_OneSaveOfSeveralRefused_NoneStoredAndTheErrorThrown()
    {
        using var store = Store();
        await store.SaveAsync(Reference("first"), CancellationToken.None);
        await using (var connection = await store.OpenAsync(CancellationToken.None))
        {
            await ScalarAsync(connection, "CREATE TRIGGER refuse BEFORE INSERT ON teams_conversations WHEN NEW.conversation_id = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        }

        await Assert.ThrowsAsync<SqliteException>(() => store.WriteAsync([Reference("accepted"), Reference("refused")]));

        Assert.Null(await store.FindAsync("accepted", CancellationToken.None));
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
