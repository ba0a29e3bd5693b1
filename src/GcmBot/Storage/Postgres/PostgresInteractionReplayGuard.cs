using GcmBot.Discord;
using GcmBot.Discord.Interactions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GcmBot.Storage.Postgres;

/// <summary>
/// Interaction ids answered by any replica, kept in PostgreSQL for twice Discord:MaxSignatureAge (as the
/// in-memory guard does), so a request replayed to another replica behind the same URL is refused. The
/// primary key decides: of two replicas given the same id at once, exactly one inserts it.
/// </summary>
internal sealed partial class PostgresInteractionReplayGuard(
    PostgresDatabase database, IOptions<DiscordOptions> options, TimeProvider time, ILogger<PostgresInteractionReplayGuard> logger)
    : IInteractionReplayGuard
{
    public async Task<ReplayVerdict> TryAcceptAsync(string interactionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await PostgresCommand.ExecuteAsync(
                connection, "DELETE FROM interaction_ids WHERE expires_at <= @now;", cancellationToken, ("now", now.ToUnixTimeMilliseconds()));
            var inserted = await PostgresCommand.ExecuteAsync(
                connection,
                """
                INSERT INTO interaction_ids (id, expires_at) VALUES (@id, @expires)
                ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE interaction_ids.expires_at <= @now;
                """,
                cancellationToken,
                ("id", interactionId),
                ("now", now.ToUnixTimeMilliseconds()),
                ("expires", (now + (2 * options.Value.MaxSignatureAge)).ToUnixTimeMilliseconds()));
            return inserted == 1 ? ReplayVerdict.Accepted : ReplayVerdict.Replayed;
        }
        catch (NpgsqlException e)
        {
            StoreUnavailable(logger, database.Setting, database.Location, e.Message);
            return ReplayVerdict.Unavailable;
        }
    }

    [LoggerMessage(EventId = 4710, EventName = "ReplayStoreUnavailable", Level = LogLevel.Error,
        Message = "Discord interactions are refused (503): the interaction ids at {Setting} ({Location}) cannot be checked: {Reason}")]
    private static partial void StoreUnavailable(ILogger logger, string setting, string location, string reason);
}
