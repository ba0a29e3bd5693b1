using System.Globalization;
using System.Net;
using System.Text;
using GcmBot.Storage.Postgres;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Shipping;
using GcmBot.Tests.Teams.Fakes;
using GcmBot.Teams.Conversations;
using Npgsql;
using Xunit.Abstractions;

namespace GcmBot.Tests.Storage;

/// <summary>
/// Three app processes (the built app, run as child processes) on one PostgreSQL, Discord and the Teams
/// Connector (with its login) as loopback fakes. 1,000 subscriptions fall due in the same minute, every
/// fifth a Teams conversation whose reference is stored in PostgreSQL. Replica C's posts are held by the
/// fakes, then C is SIGKILLed mid-fan-out holding its claims. Every subscription gets exactly one post,
/// C's after its lease; interactions sent to different replicas are answered once, and a replay to another is refused.
/// </summary>
public sealed class MultiReplicaTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Subscriptions = 1000;
    private static readonly TimeSpan Failsafe = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task ThreeReplicas_OneKilledMidFanOut_EverySubscriptionPostedOnce_InteractionsAnsweredOnce()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var login = await FakeBotFrameworkLogin.StartAsync();
        var database = await fixture.NewDatabaseAsync();
        var (channels, conversations) = await SubscribeAsync(database, connector.ServiceUrl);
        using var othersStarting = new CancellationTokenSource();
        discord.Hold = r => r.Method == "POST" && r.Headers.GetValueOrDefault("Authorization") == "Bot token-c";
        // The Connector cannot tell replicas apart by path, only by their tokens: every activity before A and B start
        // is C's, so C's token is the first held one, and C's activities stay held to the end. (Holding by time alone
        // let C deliver a later Teams post and be killed before recording it: a second copy, the documented window.)
        string? tokenOfC = null;
        connector.Hold = authorization =>
        {
            if (!othersStarting.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref tokenOfC, authorization, null);
                return true;
            }

            return authorization == Volatile.Read(ref tokenOfC);
        };
        var replicas = new List<ChildProcess>();
        try
        {
            // C starts first, alone, so that it surely claims days however slowly the machine starts processes; its
            // posts are held by the fakes, so it is mid-post on each of its 4 concurrent posts (Digest:MaxConcurrentPosts):
            // the first four subscriptions, one of them a Teams conversation. The Connector holds every post made with C's token.
            replicas.Add(ChildProcess.Start("dotnet", "GcmBot.dll", AppFolder(), Environment("c", database, discord.ApiBaseUrl, login)));
            await Eventually.WaitUntil(
                () => discord.Held.Count + connector.Held.Count >= 4 && !connector.Held.IsEmpty, () => (discord.Held.Count, connector.Held.Count), Failsafe);
            await othersStarting.CancelAsync();
            replicas.Add(ChildProcess.Start("dotnet", "GcmBot.dll", AppFolder(), Environment("a", database, discord.ApiBaseUrl, login)));
            replicas.Add(ChildProcess.Start("dotnet", "GcmBot.dll", AppFolder(), Environment("b", database, discord.ApiBaseUrl, login)));
            var addresses = await Task.WhenAll(replicas.Skip(1).Select(ListeningAsync));

            // Mid-fan-out: A and B are posting. Kill C with SIGKILL: no shutdown, nothing recorded, its claims left as they are.
            await Eventually.WaitUntil(() => discord.Created.Count >= 50, () => discord.Created.Count, Failsafe);
            var killed = replicas[0];
            replicas.RemoveAt(0);
            await killed.DisposeAsync();
            // C's lease is long, so its held posts cannot reach their time limit (half the lease) however slowly A and B
            // start: a Teams post unanswered by then is recorded unconfirmed and never posted again (at most once), which
            // here would lose a post the fake never delivered. Its lease is made to run out now instead of waiting.
            await ExpireLeasesAsync(database);
            var heldChannels = discord.Held.Select(ChannelOf).ToHashSet();
            var heldConversations = connector.Held.ToHashSet();
            output.WriteLine($"C killed holding posts to {heldChannels.Count} channel(s) and {heldConversations.Count} conversation(s)");

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var first = await InteractAsync(http, addresses[0], "1400000000000000001");
            var second = await InteractAsync(http, addresses[1], "1400000000000000002");
            var replay = await InteractAsync(http, addresses[1], "1400000000000000001");
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict), (first, second, replay));

            await Eventually.WaitUntil(
                () => discord.Created.Select(ChannelOf).Distinct().Count() == channels.Count
                    && connector.Received.Select(a => a.ConversationId).Distinct().Count() == conversations.Count,
                () => (discord.Created.Count, connector.Received.Count),
                Failsafe);
            // Every day recorded as posted: sent, or unconfirmed (no answer in time; the assertions below say whether it arrived).
            await Eventually.WaitUntil(async () => await CountAsync(database, "sent", "unconfirmed") == Subscriptions, limit: Failsafe);
            output.WriteLine($"{await CountAsync(database, "unconfirmed")} day(s) recorded unconfirmed");

            // Discord, exactly once: no nonce created twice, and every channel got the same number of parts (the digest is one day's).
            var created = discord.Created.ToList();
            Assert.Equal(created.Count, created.Select(r => r.Json.GetProperty("nonce").GetString()).Distinct().Count());
            Assert.Equal(channels.Order(StringComparer.Ordinal), created.Select(ChannelOf).Distinct().Order(StringComparer.Ordinal));
            Assert.Single(created.GroupBy(ChannelOf).Select(g => g.Count()).Distinct());
            Assert.Subset(created.Select(ChannelOf).ToHashSet(), heldChannels);
            Assert.NotEmpty(heldChannels);

            // Teams, exactly once: the Connector has no idempotency key, so a second digest would repeat the first's
            // activities in that conversation; every conversation got the same number of activities, none repeated.
            var received = connector.Received;
            output.WriteLine($"{created.Count} Discord messages to {channels.Count} channels, {received.Count} Teams activities to {conversations.Count} conversations");
            Assert.Equal(conversations.Order(StringComparer.Ordinal), received.Select(a => a.ConversationId).Distinct().Order(StringComparer.Ordinal));
            Assert.Single(received.GroupBy(a => a.ConversationId).Select(g => g.Count()).Distinct());
            Assert.All(received.GroupBy(a => a.ConversationId), g => Assert.Equal(g.Count(), g.Select(a => a.Body["attachments"]!.ToJsonString()).Distinct().Count()));
            Assert.All(received, a => Assert.StartsWith("Bearer connector-token-", a.Authorization, StringComparison.Ordinal));
            Assert.Subset(received.Select(a => a.ConversationId).ToHashSet(), heldConversations);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                output.WriteLine(replica.Describe());
                await replica.DisposeAsync();
            }
        }
    }

    private static string ChannelOf(RecordedRequest request) => request.Path.Split('/')[2];

    /// <summary>
    /// 1,000 subscriptions for the current UTC minute, so all are due at once: every fifth (the second of each
    /// five, so that C's first four claims include one) a Teams conversation with its reference, the rest Discord channels.
    /// </summary>
    private static async Task<(List<string> Channels, List<string> Conversations)> SubscribeAsync(string connectionString, string serviceUrl)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        var database = new PostgresDatabase(source);
        var store = new PostgresSubscriptionStore(database);
        var references = new PostgresConversationReferenceStore(database);
        var now = TimeProvider.System.GetUtcNow();
        var minute = new TimeOnly(now.Hour, now.Minute);
        var (channels, conversations) = (new List<string>(), new List<string>());
        for (var i = 0; i < Subscriptions; i++)
        {
            if (i % 5 == 1)
            {
                var conversation = $"19:replica-{i}@thread.tacv2";
                await references.SaveAsync(new ConversationReference(conversation, serviceUrl, "msteams", "28:" + TeamsApplication.AppId, "GcmBot", TeamsApplication.TenantId, "channel", now), default);
                await store.SaveAsync("teams", conversation, minute, "UTC", now.AddDays(-1), default);
                conversations.Add(conversation);
            }
            else
            {
                var channel = (900000000000000000L + i).ToString(CultureInfo.InvariantCulture);
                await store.SaveAsync("discord", channel, minute, "UTC", now.AddDays(-1), default);
                channels.Add(channel);
            }
        }

        return (channels, conversations);
    }

    /// <summary>Every claim's lease runs out now (the dead replica's are the only ones left claimed for long).</summary>
    private static async Task ExpireLeasesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE sends SET lease_until = 0 WHERE status = 'claimed' AND lease_until > @soon;", connection);
        command.Parameters.AddWithValue("soon", TimeProvider.System.GetUtcNow().AddMinutes(5).ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string connectionString, params string[] statuses)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM sends WHERE status = ANY(@statuses);", connection);
        command.Parameters.AddWithValue("statuses", statuses);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Uri> ListeningAsync(ChildProcess replica)
    {
        const string Listening = "Now listening on: ";
        var line = await replica.WaitForLineAsync($"the app's \"{Listening}\" line", l => l.Contains(Listening, StringComparison.Ordinal), Failsafe);
        return new Uri(line[(line.IndexOf(Listening, StringComparison.Ordinal) + Listening.Length)..].Trim());
    }

    /// <summary>A signed PING, as Discord sends it; the status code says whether it was answered.</summary>
    private static async Task<HttpStatusCode> InteractAsync(HttpClient http, Uri replica, string id)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","application_id":"{{DiscordTestHost.ApplicationId}}","type":1,"token":"t","version":1}""");
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(replica, "/discord/interactions")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", TestKeys.Application.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The app as built beside these tests (same configuration), src/GcmBot/bin/.../.</summary>
    private static string AppFolder()
    {
        var relative = Path.GetRelativePath(Path.Combine(TestPaths.RepositoryRoot, "tests", "GcmBot.Tests"), AppContext.BaseDirectory);
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "GcmBot", relative);
        return File.Exists(Path.Combine(folder, "GcmBot.dll")) ? folder : throw new InvalidOperationException("the app is not built at " + folder);
    }

    private static Dictionary<string, string> Environment(string name, string database, string discordApi, FakeBotFrameworkLogin login)
    {
        var settings = new Dictionary<string, string>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Instance__Name"] = "replica-" + name,
            ["Corpus__Directory"] = TestPaths.Corpus,
            ["Answers__Semantic"] = "false",
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database,
            ["Digest__TickInterval"] = "00:00:01",
            // A post must end within half the lease: A and B's 15 s leave room for a loaded machine (at 10 s, a Teams post
            // once took longer than its 5 s and was retried, a second copy; now it would be recorded unconfirmed). C's is
            // 10 minutes, expired by the test once C is killed.
            ["Digest__ClaimLease"] = name == "c" ? "00:10:00" : "00:00:30",
            ["Digest__RetryInitialDelay"] = "00:00:01",
            ["Discord__ApplicationId"] = DiscordTestHost.ApplicationId,
            ["Discord__PublicKey"] = TestKeys.Application.PublicKeyHex,
            ["Discord__BotToken"] = "token-" + name,
            ["Discord__ApiBaseUrl"] = discordApi,
            ["Discord__EnableGateway"] = "false",
            ["Discord__RegisterCommands"] = "false",
        };

        // An authenticated single-tenant bot whose login and Connector are the loopback fakes; its conversations are in PostgreSQL.
        foreach (var (key, value) in TeamsApplication.Authenticated(login, statePath: "unused-with-postgres.db"))
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return settings;
    }
}
