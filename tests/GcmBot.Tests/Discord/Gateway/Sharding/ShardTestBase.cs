using System.Net;
using System.Text.Json;
using GcmBot.Tests.Discord.Fakes;

namespace GcmBot.Tests.Discord.Gateway.Sharding;

/// <summary>The app with the gateway on and shard settings, against the fake Discord; helpers for several connections at once.</summary>
public abstract class ShardTestBase : GatewayTestBase
{
    /// <summary>Accepts <paramref name="connections"/> connections (in whatever order the shards connect), says HELLO, reads each IDENTIFY's shard.</summary>
    internal async Task<SortedDictionary<int, FakeGatewayConnection>> IdentifiedAsync(int connections, int expectedCount)
    {
        var byShard = new SortedDictionary<int, FakeGatewayConnection>();
        for (var i = 0; i < connections; i++)
        {
            var connection = await Discord.NextConnectionAsync();
            await connection.HelloAsync(5000);
            var shard = (await connection.ExpectAsync(2)).GetProperty("d").GetProperty("shard");
            Assert.Equal(expectedCount, shard[1].GetInt32());
            Assert.True(byShard.TryAdd(shard[0].GetInt32(), connection), $"shard {shard[0]} identified twice");
        }

        return byShard;
    }

    internal Task ReadyAsync(FakeGatewayConnection connection, int shardId) =>
        connection.ReadyAsync($"session-{shardId}", Discord.ResumeUrl, BotUserId);

    /// <summary>GET /gateway/bot as Discord answers it, recommending <paramref name="shards"/>.</summary>
    internal static void ScriptGatewayBot(FakeDiscordServer discord, int shards, int maxConcurrency = 1) =>
        discord.Script("GET", "/gateway/bot", 200, JsonSerializer.Serialize(new
        {
            url = discord.GatewayUrl,
            shards,
            session_start_limit = new { total = 1000, remaining = 990, reset_after = 86_400_000, max_concurrency = maxConcurrency },
        }));

    /// <summary>The status code and the discord check's description.</summary>
    internal async Task<(HttpStatusCode Status, string? Description)> ReadyzAsync()
    {
        using var response = await Host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("checks").GetProperty("discord").GetProperty("description").GetString());
    }
}
