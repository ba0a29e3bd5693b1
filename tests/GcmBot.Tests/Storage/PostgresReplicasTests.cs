using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Discord.Interactions;
using GcmBot.Storage.Postgres;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace GcmBot.Tests.Storage;

/// <summary>Two app hosts on one PostgreSQL database, as two replicas behind one load balancer.</summary>
public sealed class PostgresReplicasTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly ChatContext Channel = new(Surface.Discord, "channel-42", "admin-1");

    [Fact]
    public async Task Subscription_MadeThroughReplicaA_ShowsInDigestStatusOnReplicaB()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var a = Replica(database);
        await using var b = Replica(database);

        var before = await RouteAsync(b, "digest status");
        var subscribed = await RouteAsync(a, "digest subscribe 07:30 Europe/Berlin");
        var status = await RouteAsync(b, "digest status");

        // Before: B knows of no subscription. After: B shows what A saved (time and zone as typed above).
        Assert.Equal("No daily digest here", before.Title);
        Assert.NotEqual(ReplyKind.Error, subscribed.Kind);
        Assert.Equal("Daily digest", status.Title);
        Assert.Contains(status.Fields, f => f.Name == "Time" && f.Value == "07:30");
        Assert.Contains(status.Fields, f => f.Name == "Time zone" && f.Value == "Europe/Berlin");
    }

    [Fact]
    public async Task InteractionId_AcceptedByReplicaA_RefusedAsAReplayByReplicaB()
    {
        var database = await fixture.NewDatabaseAsync();
        await using var a = Replica(database);
        await using var b = Replica(database);
        var id = "1300000000000000" + Random.Shared.Next(100, 999);

        Assert.Equal(ReplayVerdict.Accepted, await a.Services.GetRequiredService<IInteractionReplayGuard>().TryAcceptAsync(id, default));
        Assert.Equal(ReplayVerdict.Replayed, await b.Services.GetRequiredService<IInteractionReplayGuard>().TryAcceptAsync(id, default));
    }

    [Fact]
    public async Task Migration_SixReplicasAtOnce_SchemaAppliedOnce()
    {
        var database = await fixture.NewDatabaseAsync();
        var sources = Enumerable.Range(0, 6).Select(_ => NpgsqlDataSource.Create(database)).ToList();
        try
        {
            var versions = await Task.WhenAll(sources.Select(s => Task.Run(() => new PostgresDatabase(s).MigrateAsync(default))));

            Assert.All(versions, v => Assert.Equal(PostgresMigrations.Scripts.Count, v));
            await using var command = sources[0].CreateCommand("SELECT count(*), count(DISTINCT version) FROM schema_version;");
            await using var row = await command.ExecuteReaderAsync();
            await row.ReadAsync();

            // One row per script: a second run of script 1 would also have failed on CREATE TABLE.
            Assert.Equal((PostgresMigrations.Scripts.Count, PostgresMigrations.Scripts.Count), ((int)row.GetInt64(0), (int)row.GetInt64(1)));
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    private GcmBotFactory Replica(string connectionString) => new(
        new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Digest:Enabled"] = "false",
            ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
            ["Discord:PublicKey"] = TestKeys.Application.PublicKeyHex,
            ["Discord:BotToken"] = "test-token",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10/",
            ["Discord:EnableGateway"] = "false",
            ["Discord:RegisterCommands"] = "false",
        },
        output);

    private static async Task<Reply> RouteAsync(GcmBotFactory replica, string text) =>
        (await replica.Services.GetRequiredService<ICommandRouter>().RouteAsync(new ChatRequest(text, Channel), CancellationToken.None)).Reply;
}
