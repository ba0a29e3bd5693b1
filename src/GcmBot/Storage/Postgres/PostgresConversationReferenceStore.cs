using GcmBot.Teams.Conversations;

namespace GcmBot.Storage.Postgres;

/// <summary>Teams conversation references in PostgreSQL, so any replica can post a digest to a conversation another one heard.</summary>
internal sealed class PostgresConversationReferenceStore(PostgresDatabase database) : IConversationReferenceStore
{
    private const string Columns =
        "conversation_id, service_url, channel_id, bot_id, bot_name, tenant_id, conversation_type, updated_at, welcomed_at";

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresCommand.ExecuteAsync(
            connection,
            $"""
            INSERT INTO teams_conversations ({Columns})
            VALUES (@id, @serviceUrl, @channelId, @botId, @botName, @tenantId, @type, @updatedAt, @welcomedAt)
            ON CONFLICT (conversation_id) DO UPDATE SET
                service_url = excluded.service_url, channel_id = excluded.channel_id, bot_id = excluded.bot_id,
                bot_name = excluded.bot_name, tenant_id = coalesce(excluded.tenant_id, teams_conversations.tenant_id),
                conversation_type = coalesce(excluded.conversation_type, teams_conversations.conversation_type),
                updated_at = excluded.updated_at;
            """,
            cancellationToken,
            ("id", reference.ConversationId),
            ("serviceUrl", reference.ServiceUrl),
            ("channelId", reference.ChannelId),
            ("botId", reference.BotId),
            ("botName", reference.BotName),
            ("tenantId", reference.TenantId),
            ("type", reference.ConversationType),
            ("updatedAt", reference.UpdatedAt.ToUniversalTime()),
            ("welcomedAt", reference.WelcomedAt?.ToUniversalTime()));
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresCommand.Create(connection, $"SELECT {Columns} FROM teams_conversations WHERE conversation_id = @id;", ("id", conversationId));
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            return null;
        }

        string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
        return new ConversationReference(
            row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), Text(4), Text(5), Text(6),
            row.GetFieldValue<DateTimeOffset>(7), row.IsDBNull(8) ? null : row.GetFieldValue<DateTimeOffset>(8));
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresCommand.ExecuteAsync(
            connection,
            "UPDATE teams_conversations SET welcomed_at = @at WHERE conversation_id = @id AND welcomed_at IS NULL;",
            cancellationToken,
            ("id", conversationId),
            ("at", at.ToUniversalTime())) == 1;
    }

    public async Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresCommand.ExecuteAsync(
            connection, "DELETE FROM teams_conversations WHERE conversation_id = @id;", cancellationToken, ("id", conversationId)) > 0;
    }
}
