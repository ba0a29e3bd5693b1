using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Conversations;

/// <summary>Conversation references in a small SQLite file (Teams:StatePath), so they survive restarts.</summary>
internal sealed class SqliteConversationReferenceStore(IOptions<TeamsOptions> options, IHostEnvironment environment)
    : IConversationReferenceStore, IDisposable
{
    private const string Columns =
        "conversation_id, service_url, channel_id, bot_id, bot_name, tenant_id, conversation_type, updated_at, welcomed_at";

    /// <summary>
    /// Every turn saves its reference. With WAL and synchronous=NORMAL a commit does not wait for the
    /// disk (a power cut may lose the last saves, which the next activity refreshes); busy_timeout makes
    /// a writer that meets another wait for it inside SQLite.
    /// </summary>
    private const string ConnectionSetup = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    private const int DefaultTimeoutSeconds = 30;

    private readonly SemaphoreSlim schemaGate = new(1, 1);

    /// <summary>
    /// The database handles <see cref="ConnectionSetup"/> has run on. Pragmas belong to the handle, which the
    /// connection pool keeps open between uses, so they are set once per handle rather than on every open.
    /// </summary>
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> setUp = [];

    private bool schemaReady;
    private string? connectionString;

    private const string Upsert = $"""
        INSERT INTO teams_conversations ({Columns})
        VALUES ($id, $serviceUrl, $channelId, $botId, $botName, $tenantId, $type, $updatedAt, $welcomedAt)
        ON CONFLICT (conversation_id) DO UPDATE SET
            service_url = excluded.service_url, channel_id = excluded.channel_id, bot_id = excluded.bot_id,
            bot_name = excluded.bot_name, tenant_id = coalesce(excluded.tenant_id, tenant_id),
            conversation_type = coalesce(excluded.conversation_type, conversation_type),
            updated_at = excluded.updated_at
        """;

    private static readonly string[] UpsertParameters =
        ["$id", "$serviceUrl", "$channelId", "$botId", "$botName", "$tenantId", "$type", "$updatedAt", "$welcomedAt"];

    private GroupCommit<ConversationReference>? saves;

    /// <summary>Returns once the reference is committed; saves made at the same moment share one transaction.</summary>
    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref saves, () => new GroupCommit<ConversationReference>(WriteAsync)).SaveAsync(reference, cancellationToken);

    /// <summary>The batch's saves in order, through one prepared statement, in one transaction when there are several.</summary>
    internal async Task WriteAsync(IReadOnlyList<ConversationReference> batch)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var transaction = batch.Count > 1 ? connection.BeginTransaction(deferred: false) : null;
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        command.Transaction = transaction;
        foreach (var name in UpsertParameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        foreach (var reference in batch)
        {
            var values = command.Parameters;
            values[0].Value = reference.ConversationId;
            values[1].Value = reference.ServiceUrl;
            values[2].Value = reference.ChannelId;
            values[3].Value = reference.BotId;
            values[4].Value = (object?)reference.BotName ?? DBNull.Value;
            values[5].Value = (object?)reference.TenantId ?? DBNull.Value;
            values[6].Value = (object?)reference.ConversationType ?? DBNull.Value;
            values[7].Value = Format(reference.UpdatedAt);
            values[8].Value = reference.WelcomedAt is { } welcomed ? Format(welcomed) : DBNull.Value;
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM teams_conversations WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new ConversationReference(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(4), Text(5), Text(6),
            Parse(reader.GetString(7)), Text(8) is { } welcomed ? Parse(welcomed) : null);
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE teams_conversations SET welcomed_at = $at WHERE conversation_id = $id AND welcomed_at IS NULL",
            conversationId, Format(at), cancellationToken) == 1;

    public async Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM teams_conversations WHERE conversation_id = $id", conversationId, null, cancellationToken) > 0;

    /// <summary>Whether a write could start now: takes the write lock (waiting at most a second) and gives it back.</summary>
    public async Task<(bool Writable, string Reason)> ProbeWriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken, timeoutSeconds: 1);

            // BEGIN IMMEDIATE takes the write lock now, failing when the file is locked or read-only; disposing rolls back.
            using var transaction = connection.BeginTransaction(deferred: false);
            return (true, "writable");
        }
        catch (SqliteException ex)
        {
            return (false, ex.Message);
        }
    }

    /// <summary>The full path of the state file (Teams:StatePath under the content root).</summary>
    public string FilePath => Path.Combine(environment.ContentRootPath, options.Value.StatePath);

    /// <summary>Null while the file is usable; otherwise why it cannot be (set by <see cref="CheckIntegrityAsync"/>).</summary>
    public string? Fault { get; private set; }

    /// <summary>
    /// Opens the file (creating it when missing) and runs PRAGMA quick_check. A file that is not a database,
    /// is damaged or cannot be opened sets <see cref="Fault"/>; a busy or read-only one does not (that is
    /// "cannot be written now", which <see cref="ProbeWriteAsync"/> reports).
    /// </summary>
    public async Task<string?> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1);";
            var result = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            Fault = result == "ok" ? null : "PRAGMA quick_check failed: " + result;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is not (5 or 8 or 13))
        {
            Fault = ex.Message;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fault = ex.Message;
        }

        return Fault;
    }

    public void Dispose() => schemaGate.Dispose();

    private async Task<int> ExecuteAsync(string sql, string conversationId, string? at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", conversationId);
        if (at is not null)
        {
            command.Parameters.AddWithValue("$at", at);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>An open connection, set up as <see cref="ConnectionSetup"/> says; the schema exists.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, int timeoutSeconds = DefaultTimeoutSeconds)
    {
        var path = Path.Combine(environment.ContentRootPath, options.Value.StatePath);
        var connection = new SqliteConnection(timeoutSeconds == DefaultTimeoutSeconds
            ? connectionString ??= ConnectionString(path, timeoutSeconds)
            : ConnectionString(path, timeoutSeconds));
        try
        {
            if (!schemaReady)
            {
                await CreateSchemaAsync(connection, path, cancellationToken);
            }
            else
            {
                await connection.OpenAsync(cancellationToken);
            }

            if (connection.Handle is not { } handle || !setUp.TryGetValue(handle, out _))
            {
                await using var setup = connection.CreateCommand();
                setup.CommandText = ConnectionSetup;
                await setup.ExecuteNonQueryAsync(cancellationToken);
                if (connection.Handle is { } opened)
                {
                    setUp.AddOrUpdate(opened, setUp);
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CreateSchemaAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        await schemaGate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS teams_conversations (
                    conversation_id TEXT NOT NULL PRIMARY KEY, service_url TEXT NOT NULL, channel_id TEXT NOT NULL,
                    bot_id TEXT NOT NULL, bot_name TEXT, tenant_id TEXT, conversation_type TEXT,
                    updated_at TEXT NOT NULL, welcomed_at TEXT)
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            schemaReady = true;
        }
        finally
        {
            schemaGate.Release();
        }
    }

    private static string ConnectionString(string path, int timeoutSeconds) =>
        new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = timeoutSeconds }.ToString();

    private static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
