using GcmBot.Tests.Storage;
using Npgsql;

namespace GcmBot.Benchmarks.Fanout;

/// <summary>
/// One configuration's database in the throwaway cluster: the replicas create the schema, then every
/// subscription (and each Teams conversation's reference) is inserted in one transaction, due this minute,
/// so all of them fall due at the same moment for every replica.
/// </summary>
internal sealed class FanoutDatabase(PostgresCluster cluster, string name)
{
    public const long FirstChannel = 900_000_000_000_000_000;

    public string ConnectionString => cluster.ConnectionString(name);

    public static async Task<FanoutDatabase> CreateAsync(PostgresCluster cluster)
    {
        var name = "fanout" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await create.ExecuteNonQueryAsync();
        return new FanoutDatabase(cluster, name);
    }

    public static string TeamsConversation(int i) => $"19:fanout-{i}@thread.tacv2";

    public static string DiscordChannel(int i) => (FirstChannel + i).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Subscriptions 0..n-1: every <paramref name="teamsEvery"/>-th (the last of each run of K) a Teams conversation, the rest Discord channels.</summary>
    public async Task SubscribeAsync(int n, int teamsEvery, string serviceUrl)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(name));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO teams_conversations (conversation_id, service_url, channel_id, bot_id, bot_name, tenant_id, conversation_type, updated_at)
            SELECT '19:fanout-' || i || '@thread.tacv2', @serviceUrl, 'msteams', '28:fanout-bot', 'GcmBot', 'fanout-tenant', 'channel', now()
            FROM generate_series(0, @n - 1) AS i WHERE @k > 0 AND i % @k = @k - 1;
            INSERT INTO subscriptions (surface, conversation_id, local_time, time_zone, starts_at)
            SELECT CASE WHEN @k > 0 AND i % @k = @k - 1 THEN 'teams' ELSE 'discord' END,
                   CASE WHEN @k > 0 AND i % @k = @k - 1 THEN '19:fanout-' || i || '@thread.tacv2' ELSE (@first + i)::text END,
                   @time, 'UTC', @startsAt
            FROM generate_series(0, @n - 1) AS i ORDER BY i;
            """,
            connection,
            transaction);
        insert.Parameters.AddWithValue("serviceUrl", serviceUrl);
        insert.Parameters.AddWithValue("n", n);
        insert.Parameters.AddWithValue("k", teamsEvery);
        insert.Parameters.AddWithValue("first", FirstChannel);
        insert.Parameters.AddWithValue("time", new TimeOnly(now.Hour, now.Minute));
        insert.Parameters.AddWithValue("startsAt", now.AddDays(-1).ToUnixTimeMilliseconds());
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Days the ledger records as sent.</summary>
    public async Task<long> SentAsync()
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(name));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM sends WHERE status = 'sent';", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
