using System.Collections.Concurrent;
using System.Net;

namespace GcmBot.Soak;

/// <summary>
/// Discord REST (interaction follow-ups) and a Teams Connector on 127.0.0.1, answering like the real
/// services do on success, and counting what the bot sent.
/// </summary>
internal sealed class FakePlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _discordCalls;
    private readonly ConcurrentDictionary<string, byte> _answered = new();
    private int _teamsReplies;

    private FakePlatform(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public int DiscordCalls => Volatile.Read(ref _discordCalls);

    /// <summary>Activities posted to the Connector (a long answer is several).</summary>
    public int TeamsReplies => Volatile.Read(ref _teamsReplies);

    /// <summary>Distinct Teams messages answered (the activity id each reply refers to).</summary>
    public int TeamsMessagesAnswered => _answered.Count;

    public static async Task<FakePlatform> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var platform = new FakePlatform(app);
        app.Map("/api/v10/{**path}", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref platform._discordCalls);
            return Results.Text("""{"id":"900000000000000009"}""", "application/json");
        });
        app.MapPost("/teams/v3/conversations/{conversation}/activities/{reply}", async (HttpRequest request, string conversation, string reply) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            platform._answered.TryAdd(conversation + "/" + reply, 0);
            Interlocked.Increment(ref platform._teamsReplies);
            return Results.Text("""{"id":"sent"}""", "application/json");
        });
        await app.StartAsync();
        platform.BaseUrl = app.Urls.Single().TrimEnd('/');
        return platform;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
